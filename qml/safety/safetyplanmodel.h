#pragma once

#include "crisislines.h"
#include "records.h"

#include <QAbstractListModel>
#include <QUrl>

#include <functional>

#include <vector>

namespace circle {

class Store;

/**
 * The safety plan and the numbers to reach in a crisis, all read from the
 * phone so they work without a network.
 *
 * The rows are who to call or text, crisis lines first, then the patient's
 * own people and professionals. The crisis lines are the ones for the phone's
 * country (crisis::countryFor), or the clinic's when it set its own
 * (setClinicLines); with neither, crisisLinesNote says so. The plan's written parts are properties;
 * the page edits them and hands them back to save().
 */
class SafetyPlanModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString warningSigns READ warningSigns NOTIFY planChanged)
    Q_PROPERTY(QString copingSteps READ copingSteps NOTIFY planChanged)
    Q_PROPERTY(QString reasonsToLive READ reasonsToLive NOTIFY planChanged)
    Q_PROPERTY(QString safeEnvironment READ safeEnvironment NOTIFY planChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /** Said when Circle knows no crisis line for this phone's country; "" otherwise. */
    Q_PROPERTY(QString crisisLinesNote READ crisisLinesNote NOTIFY planChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        PhoneRole,
        NoteRole,
        KindRole, // "crisis" (built in, or a line of the patient's own), "person" or "professional"
        CallUrlRole, // tel: URL as text (QML hands it to the phone), empty without a number
        TextUrlRole, // sms: URL as text, empty when the number takes no texts
        EditableRole,
    };
    Q_ENUM(Role)

    /** Hands a tel: or sms: address to the system; QDesktopServices::openUrl by default. */
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit SafetyPlanModel(Store &store, QObject *parent = nullptr);
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString warningSigns() const { return m_warningSigns; }
    QString copingSteps() const { return m_copingSteps; }
    QString reasonsToLive() const { return m_reasonsToLive; }
    QString safeEnvironment() const { return m_safeEnvironment; }
    QString errorMessage() const { return m_error; }
    QString crisisLinesNote() const;

    /** Whose built-in lines to show, by ISO 3166 code ("ES"); from the phone's locale by default.
     */
    void setCountry(const QString &country);
    QString country() const { return m_country; }
    /** Lines the clinic set for its region; they replace the built-in ones. */
    void setClinicLines(std::vector<crisis::Line> lines);

    /** Stores the written parts; lists are one item per line. */
    Q_INVOKABLE bool save(const QString &warningSigns, const QString &copingSteps,
        const QString &reasonsToLive, const QString &safeEnvironment);
    /**
     * Adds one of the patient's contacts; kind is "person", "professional" or
     * "crisis" (a line of their own, such as a local crisis team).
     */
    Q_INVOKABLE bool addContact(
        const QString &kind, const QString &name, const QString &phone, const QString &note = {});
    /**
     * Changes the patient's contact on that row; a new kind moves it to the end
     * of that kind's list. The lines Circle comes with cannot be changed.
     */
    Q_INVOKABLE bool updateContact(int row, const QString &kind, const QString &name,
        const QString &phone, const QString &note = {});
    /** Removes the patient's contact on that row; the lines Circle comes with stay. */
    Q_INVOKABLE bool removeContact(int row);
    Q_INVOKABLE void refresh();
    /**
     * Asks the phone to call (or text) the number on that row. False when the
     * system has nothing to do it with (a tablet, a computer): the page then
     * shows the number to dial from another phone, never nothing.
     */
    Q_INVOKABLE bool reach(int row, bool byText);
    /** Forgets the last error, once a contact's fields show it next to themselves. */
    Q_INVOKABLE void clearError() { setError({}); }

    /** A tel: or sms: URL from a number as a person types it ("+1 (555) 010-2030"). */
    static QUrl phoneUrl(const QString &scheme, const QString &phone);

Q_SIGNALS:
    void planChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        QString name;
        QString phone;
        QString note;
        QString kind;
        bool texts = true;
        // Position in its kind's list of the stored plan; -1 for the built-in lines.
        int index = -1;
    };

    /** The plan's list for a kind of contact; null for an unknown kind. */
    static google::protobuf::RepeatedPtrField<v1::Contact> *contactList(
        v1::SafetyPlan &plan, const QString &kind);
    /** Sets the error naming what is wrong with a contact; true when it can be stored. */
    bool checkContact(
        const QString &kind, const QString &name, const QString &phone, const QString &note);
    bool write(const v1::SafetyPlan &plan);
    void setError(const QString &error);

    Store &m_store;
    QString m_country;
    std::vector<crisis::Line> m_clinicLines;
    UrlOpener m_openUrl;
    std::vector<Row> m_rows;
    v1::SafetyPlan m_plan; // as stored; empty meta until the first save
    QString m_warningSigns;
    QString m_copingSteps;
    QString m_reasonsToLive;
    QString m_safeEnvironment;
    QString m_error;
};

} // namespace circle
