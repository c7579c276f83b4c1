#pragma once

#include "apiclient.h"
#include "serverprocess.h"

#include "circle/v1/records.pb.h"
#include "circle/v1/sync.pb.h"

#include <QList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace circle::servertest {

struct Therapist
{
    QString id;
    QString token;
};

struct Device
{
    QString token;
    QString patientId;
    QStringList groups;
};

/** A record stamp in the protocol's form: `<ms hex12>.<counter hex6>.<node>`. */
QString hlcAt(qint64 ms, int counter = 0, const QString &node = QStringLiteral("phone-a"));
QString newId();

/**
 * A stand-in for a sealed body: what the phone's Sealer produces looks like this to the
 * server (version byte, nonce, ciphertext, tag) and, like real ciphertext, never contains
 * the plaintext. The server must store and return it byte for byte.
 */
QByteArray opaqueSealed(const QByteArray &plaintext);

circle::v1::Mutation sealedMutation(
    const QString &type, const QString &recordId, const QString &hlc, const QByteArray &sealed);
circle::v1::Mutation clearGoal(
    const QString &recordId, const QString &hlc, const QString &groupId, const QString &title);
circle::v1::Mutation clearCheckIn(const QString &recordId, const QString &goalId,
    const QString &hlc, const QString &groupId, const QString &note);
circle::v1::Mutation clearRsvp(
    const QString &recordId, const QString &sessionId, const QString &hlc, const QString &groupId);
circle::v1::Mutation clearHomeworkResponse(const QString &recordId, const QString &assignmentId,
    const QString &hlc, const QString &groupId, const QString &text);

/**
 * Each test gets its own clinic: a temporary directory, a fresh database (SQLite or
 * PostgreSQL, see TestBackend), and the real circle-server in dev mode on 127.0.0.1:0.
 * Set-up of therapists and groups goes through `circle-server admin`, as at a clinic.
 */
class ClinicTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** Extra server arguments; the default lifts the rate limit so tests can be quick. */
    virtual QStringList serverArgs() const;

    ApiClient &api() { return *m_api; }
    ServerProcess &server() { return m_server; }
    QString dataDir() const { return m_dir->path(); }
    /** Restarts the server on the same data; the client follows it to its new port. */
    void restartServer();

    Therapist addTherapist(const QString &name);
    QString createGroup(
        const Therapist &therapist, const QString &name, const QString &timeZone = {});
    QString adminInvite(
        const QString &groupId, const QString &label, const QString &patientId = {});
    Device enroll(const QString &invite, const QString &deviceName = QStringLiteral("Test phone"));
    Device newPatient(const QString &groupId, const QString &label);
    /**
     * One more enrolled device of @p device's patient. A pull never returns a device its
     * own writes, so tests read what one phone pushed through another.
     */
    Device secondDevice(const Device &device);

    circle::v1::PushResponse push(
        const Device &device, const QList<circle::v1::Mutation> &mutations);
    /** Pulls from @p after until `more` is false. */
    QList<circle::v1::Change> pullAll(
        const Device &device, qint64 after = 0, qint64 *cursor = nullptr);
    QList<circle::v1::SharedItem> shared(
        const Therapist &therapist, const QString &groupId, int *status = nullptr);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace circle::servertest
