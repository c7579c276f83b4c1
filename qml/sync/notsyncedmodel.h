#pragma once

#include <QAbstractListModel>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace circle {

class Store;

/**
 * The "not synced" list: each change the clinic's server refused, with what
 * kind of record it was, when it was refused and the server's reason. Never
 * what the record says: the list is about the change, not its content.
 *
 * A refused change was never applied on the server and never blocks the rest
 * of the queue; the patient dismisses it once they have seen it.
 */
class NotSyncedModel : public QAbstractListModel
{
    Q_OBJECT
    // Reached through ClinicSync.notSynced, never created in QML; named so the
    // QML tooling can check what the pages read from it.
    QML_ELEMENT
    QML_UNCREATABLE("Reached through ClinicSync.notSynced")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        MutationIdRole = Qt::UserRole + 1,
        KindRole, // "Journal entry", "Goal check-in", ...
        RecordTypeRole, // the outbox's type name, for tests and tools
        WhenRole, // when the server refused it, as text
        ReasonRole, // the server's reason, as it gave it
    };
    Q_ENUM(Role)

    explicit NotSyncedModel(Store &store, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QString errorMessage() const { return m_error; }

    /** Removes the refused change on that row from the list; false with errorMessage on failure. */
    Q_INVOKABLE bool dismiss(int row);
    Q_INVOKABLE void refresh();

    /** A record type as the patient would name it ("journal_entry" -> "Journal entry"). */
    static QString kindName(const QString &recordType);

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        QString mutationId;
        QString recordType;
        QString reason;
        qint64 rejectedMs = 0;
    };

    void setError(const QString &error);

    Store &m_store;
    QTimeZone m_timeZone;
    std::vector<Row> m_rows;
    QString m_error;
};

} // namespace circle
