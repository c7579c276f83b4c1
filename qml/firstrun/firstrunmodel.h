#pragma once

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace circle {

class Store;

/**
 * What a patient sees before Circle's pages the first time: the group agreement,
 * one commitment per row, each acknowledged on its own.
 *
 * The rows are the agreement every Circle group shares (version AgreementVersion)
 * followed by the own agreement text of each group the phone knows from the
 * clinic. The acknowledgement is kept in the encrypted store with the version and
 * the time: the shared agreement in the store's settings, a clinic group's as an
 * AgreementAck record (patient-authored, so it syncs sealed). When either version
 * moves on, needed turns true again and only the changed part is asked again.
 *
 * open stays true from the start of the flow until finish(), so the optional
 * passcode step after the agreement is still shown once the agreement is stored.
 */
class FirstRunModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool needed READ isNeeded NOTIFY stateChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY stateChanged)
    Q_PROPERTY(bool returning READ isReturning NOTIFY stateChanged)
    Q_PROPERTY(int agreementVersion READ agreementVersion CONSTANT)
    Q_PROPERTY(int acknowledgedCount READ acknowledgedCount NOTIFY acknowledgedChanged)
    Q_PROPERTY(bool allAcknowledged READ allAcknowledged NOTIFY acknowledgedChanged)
    /** The first point not yet ticked, for the page to show it; -1 when all are. */
    Q_PROPERTY(int firstOpenRow READ firstOpenRow NOTIFY acknowledgedChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    /** Raise when the wording of the shared agreement changes in substance. */
    static constexpr int AgreementVersion = 1;

    /** Keys in the store's settings table. */
    static constexpr const char *AcknowledgedVersionKey = "agreement_version";
    static constexpr const char *AcknowledgedAtKey = "agreement_acknowledged_ms";

    enum Role {
        KeyRole = Qt::UserRole + 1, // "confidentiality", ... or "group:<id>"
        TitleRole,
        TextRole,
        AcknowledgedRole,
        FromClinicRole, // the row is a group's own agreement, as the clinic wrote it
    };

    explicit FirstRunModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isNeeded() const { return m_needed; }
    bool isOpen() const { return m_open; }
    /** Whether an older version was acknowledged before: skip the welcome, ask again. */
    bool isReturning() const { return m_returning; }
    int agreementVersion() const { return AgreementVersion; }
    int acknowledgedCount() const;
    bool allAcknowledged() const;
    int firstOpenRow() const;
    QString errorMessage() const { return m_error; }

    /** Reads what is acknowledged and rebuilds the rows; opens the flow when needed. */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setAcknowledged(int row, bool acknowledged);
    /**
     * Stores the acknowledgement of every row; false (with errorMessage) when a
     * row is still open or the store refused. All or nothing: one transaction.
     */
    Q_INVOKABLE bool acknowledge();
    /** Closes the flow once the agreement is acknowledged; false while it is not. */
    Q_INVOKABLE bool finish();

    /** The shared agreement's commitments, in the app's language. */
    static QString itemTitle(const QString &key);
    static QString itemText(const QString &key);

Q_SIGNALS:
    void stateChanged();
    void acknowledgedChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        QString key;
        QString title; // clinic rows only; shared ones are translated when read
        QString text;
        QString groupId;
        int version = 0;
        bool acknowledged = false;
    };

    void setError(const QString &error);
    /** Says how many points are still open; kept current as they are ticked. */
    void sayWhatIsOpen();

    Store &m_store;
    std::vector<Row> m_rows;
    bool m_needed = false;
    bool m_open = false;
    bool m_returning = false;
    QString m_error;
    bool m_sayingWhatIsOpen = false; // m_error counts the open points
};

} // namespace circle
