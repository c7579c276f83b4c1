#include "firstrunmodel.h"

#include "records.h"
#include "repository.h"
#include "sqlite.h"
#include "store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle {

namespace {

// The shared agreement, in the order a facilitator usually goes through it.
const char16_t *const SharedKeys[] = {
    u"confidentiality",
    u"pass",
    u"respect",
    u"safety",
    u"sober",
    u"attendance",
    u"goodbye",
};

const QString GroupKeyPrefix = QStringLiteral("group:");

} // namespace

FirstRunModel::FirstRunModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    refresh();
}

QString FirstRunModel::itemTitle(const QString &key)
{
    if (key == u"confidentiality"_s)
        return tr("What is said here stays here");
    if (key == u"pass"_s)
        return tr("I may pass");
    if (key == u"respect"_s)
        return tr("Dignity and respect");
    if (key == u"safety"_s)
        return tr("No violence, no threats");
    if (key == u"sober"_s)
        return tr("Sober at group");
    if (key == u"attendance"_s)
        return tr("Showing up");
    if (key == u"goodbye"_s)
        return tr("Saying goodbye");
    return {};
}

QString FirstRunModel::itemText(const QString &key)
{
    if (key == u"confidentiality"_s)
        return tr("I keep to myself who comes to group and what others tell there. I can talk "
                  "about my own part, never about someone else's.");
    if (key == u"pass"_s)
        return tr("I never have to answer a question or share more than feels right. Saying "
                  "\"I pass\" is always fine, and I let others pass too.");
    if (key == u"respect"_s)
        return tr("I treat everyone in the room as I would like to be treated: no put-downs, "
                  "no mocking, no name-calling. I let people finish.");
    if (key == u"safety"_s)
        return tr("I do not hurt, threaten or frighten anyone, in words or in deeds. Anyone "
                  "who feels unsafe can tell the facilitator.");
    if (key == u"sober"_s)
        return tr("I do not drink or use drugs before a session, so I can be there with a "
                  "clear head and so can everyone else.");
    if (key == u"attendance"_s)
        return tr("I come to every session, on time. If something urgent keeps me away, I let "
                  "the group know when I can.");
    if (key == u"goodbye"_s)
        return tr("When I decide to leave the group, I come once more to say goodbye instead "
                  "of just staying away.");
    return {};
}

int FirstRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FirstRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const bool fromClinic = !row.groupId.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return fromClinic ? row.title : itemTitle(row.key);
    case KeyRole:
        return row.key;
    case TextRole:
        return fromClinic ? row.text : itemText(row.key);
    case AcknowledgedRole:
        return row.acknowledged;
    case FromClinicRole:
        return fromClinic;
    default:
        return {};
    }
}

bool FirstRunModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != AcknowledgedRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[size_t(index.row())];
    if (row.acknowledged == value.toBool())
        return true;
    row.acknowledged = value.toBool();
    Q_EMIT dataChanged(index, index, { AcknowledgedRole });
    Q_EMIT acknowledgedChanged();
    // A count said earlier is kept true as points are ticked, and goes when none is left.
    if (m_sayingWhatIsOpen)
        sayWhatIsOpen();
    return true;
}

Qt::ItemFlags FirstRunModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> FirstRunModel::roleNames() const
{
    return {
        { KeyRole, "key" },
        { TitleRole, "title" },
        { TextRole, "text" },
        { AcknowledgedRole, "acknowledged" },
        { FromClinicRole, "fromClinic" },
    };
}

int FirstRunModel::acknowledgedCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.acknowledged; }));
}

bool FirstRunModel::allAcknowledged() const
{
    return !m_rows.empty() && acknowledgedCount() == int(m_rows.size());
}

int FirstRunModel::firstOpenRow() const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].acknowledged)
            return int(i);
    return -1;
}

void FirstRunModel::sayWhatIsOpen()
{
    const int left = int(m_rows.size()) - acknowledgedCount();
    if (left <= 0) {
        setError({});
        return;
    }
    setError(tr("Please read and tick each point first (%1 left).").arg(left));
    m_sayingWhatIsOpen = true;
}

void FirstRunModel::setError(const QString &error)
{
    m_sayingWhatIsOpen = false;
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

void FirstRunModel::refresh()
{
    std::vector<Row> rows;
    QString problem;

    const auto stored = m_store.setting(AcknowledgedVersionKey);
    const int storedVersion = stored ? stored.value().toInt() : 0;
    if (!stored)
        problem = stored.error().message;
    if (storedVersion < AgreementVersion) {
        for (const char16_t *key : SharedKeys)
            rows.push_back({ QString::fromUtf16(key), {}, {}, {}, AgreementVersion, false });
    }

    // Each group the clinic gave an agreement of its own asks for it by version.
    Repository<v1::Group> groups(m_store);
    PageRequest request;
    request.limit = 200;
    const auto page = groups.list(request);
    if (!page)
        problem = page.error().message;
    else {
        Repository<v1::AgreementAck> acks(m_store);
        for (const v1::Group &group : page.value().items) {
            if (group.agreement_version() <= 0 || group.agreement_text().empty())
                continue;
            const QString groupId = qs(group.meta().id());
            const auto given = acks.listByParent(groupId);
            if (!given) {
                problem = given.error().message;
                continue;
            }
            const bool current = std::any_of(
                given.value().begin(), given.value().end(), [&](const v1::AgreementAck &a) {
                    return a.agreement_version() >= group.agreement_version();
                });
            if (current)
                continue;
            rows.push_back(
                { GroupKeyPrefix + groupId, tr("%1: our own agreement").arg(qs(group.name())),
                    qs(group.agreement_text()), groupId, group.agreement_version(), false });
        }
    }

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT acknowledgedChanged();

    m_needed = !m_rows.empty();
    // Whether this is a first meeting is fixed when the flow opens, not when
    // the acknowledgement it stores in the middle makes the store "returning".
    if (m_needed && !m_open) {
        m_open = true;
        m_returning = storedVersion > 0;
    }
    setError(problem.isEmpty() ? QString() : tr("Could not read the store: %1").arg(problem));
    Q_EMIT stateChanged();
}

void FirstRunModel::setAcknowledged(int row, bool acknowledged)
{
    setData(index(row), acknowledged, AcknowledgedRole);
}

bool FirstRunModel::acknowledge()
{
    if (!allAcknowledged()) {
        sayWhatIsOpen();
        return false;
    }
    const qint64 now = m_store.clock().nowMs();
    sql::Transaction tx(m_store.connection());
    if (!tx.active()) {
        setError(tr("Could not save your agreement: %1").arg(tx.beginError().message));
        return false;
    }
    bool shared = false;
    for (const Row &row : m_rows) {
        if (row.groupId.isEmpty()) {
            shared = true;
            continue;
        }
        v1::AgreementAck ack;
        ack.set_group_id(row.groupId.toStdString());
        ack.set_agreement_version(row.version);
        ack.set_acknowledged_ms(now);
        if (auto r = Repository<v1::AgreementAck>(m_store).create(ack); !r) {
            setError(tr("Could not save your agreement: %1").arg(r.error().message));
            return false;
        }
    }
    if (shared) {
        auto version
            = m_store.setSetting(AcknowledgedVersionKey, QString::number(AgreementVersion));
        auto at = version ? m_store.setSetting(AcknowledgedAtKey, QString::number(now)) : version;
        if (!at) {
            setError(tr("Could not save your agreement: %1").arg(at.error().message));
            return false;
        }
    }
    if (auto r = tx.commit(); !r) {
        setError(tr("Could not save your agreement: %1").arg(r.error().message));
        return false;
    }
    setError({});
    // Re-reading keeps open as it is: the passcode step may still follow.
    refresh();
    return true;
}

bool FirstRunModel::finish()
{
    if (m_needed) {
        setError(tr("Please acknowledge the agreement first."));
        return false;
    }
    if (m_open) {
        m_open = false;
        Q_EMIT stateChanged();
    }
    return true;
}

} // namespace circle
