#include "safetyplanmodel.h"

#include "appshell/storetext.h"
#include "repository.h"
#include "store.h"
#include "validation.h"

#include <QDesktopServices>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSafetyPlan, "circle.safetyplan")

namespace circle {

namespace {

QString joinLines(const google::protobuf::RepeatedPtrField<std::string> &lines)
{
    QStringList out;
    for (const auto &line : lines)
        out.append(qs(line));
    return out.join(u'\n');
}

void setLines(google::protobuf::RepeatedPtrField<std::string> *field, const QString &text)
{
    field->Clear();
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            *field->Add() = utf8(line.trimmed());
    }
}

} // namespace

SafetyPlanModel::SafetyPlanModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    // The phone's region says where the patient is; QLocale() is the app's language.
    , m_country(crisis::countryFor(QLocale::system(), QLocale()))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    refresh();
}

bool SafetyPlanModel::reach(int row, bool byText)
{
    if (row < 0 || row >= rowCount())
        return false;
    const Row &r = m_rows[size_t(row)];
    if (byText && !r.texts)
        return false;
    const QUrl url = phoneUrl(byText ? u"sms"_s : u"tel"_s, r.phone);
    return !url.isEmpty() && m_openUrl && m_openUrl(url);
}

void SafetyPlanModel::setCountry(const QString &country)
{
    m_country = country;
    refresh();
}

void SafetyPlanModel::setClinicLines(std::vector<crisis::Line> lines)
{
    m_clinicLines = std::move(lines);
    refresh();
}

QString SafetyPlanModel::crisisLinesNote() const
{
    for (const Row &r : m_rows)
        if (r.index == -1)
            return {};
    return tr("Circle does not know a crisis line for where you are yet. Add your local crisis "
              "line to your safety plan, so it is here when you need it.");
}

int SafetyPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SafetyPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case PhoneRole:
        return row.phone;
    case NoteRole:
        return row.note;
    case KindRole:
        return row.kind;
    case CallUrlRole:
        return phoneUrl(u"tel"_s, row.phone).toString();
    case TextUrlRole:
        return row.texts ? phoneUrl(u"sms"_s, row.phone).toString() : QString();
    case EditableRole:
        return row.index >= 0;
    }
    return {};
}

QHash<int, QByteArray> SafetyPlanModel::roleNames() const
{
    return {
        { NameRole, "name" },
        { PhoneRole, "phone" },
        { NoteRole, "note" },
        { KindRole, "kind" },
        { CallUrlRole, "callUrl" },
        { TextUrlRole, "textUrl" },
        { EditableRole, "editable" },
    };
}

QUrl SafetyPlanModel::phoneUrl(const QString &scheme, const QString &phone)
{
    // Dialers want digits and a leading +; spaces, dashes and brackets are for people.
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    return QUrl(scheme + u':' + digits);
}

bool SafetyPlanModel::save(const QString &warningSigns, const QString &copingSteps,
    const QString &reasonsToLive, const QString &safeEnvironment)
{
    v1::SafetyPlan plan = m_plan;
    setLines(plan.mutable_warning_signs(), warningSigns);
    setLines(plan.mutable_coping_steps(), copingSteps);
    for (const auto *lines : { &plan.warning_signs(), &plan.coping_steps() }) {
        for (const std::string &line : *lines) {
            if (const qsizetype length = qs(line).size(); length > TextLimits::PlanLine) {
                setError(tr("A line can have up to %1 characters; one has %2. Shorten it to save "
                            "the plan.")
                             .arg(TextLimits::PlanLine)
                             .arg(length));
                return false;
            }
        }
    }
    plan.set_reasons_to_live(utf8(reasonsToLive.trimmed()));
    plan.set_safe_environment(utf8(safeEnvironment.trimmed()));
    return write(plan);
}

google::protobuf::RepeatedPtrField<v1::Contact> *SafetyPlanModel::contactList(
    v1::SafetyPlan &plan, const QString &kind)
{
    if (kind == u"person"_s)
        return plan.mutable_people_and_places();
    if (kind == u"professional"_s)
        return plan.mutable_professional_contacts();
    if (kind == u"crisis"_s)
        return plan.mutable_crisis_contacts();
    return nullptr;
}

bool SafetyPlanModel::checkContact(
    const QString &kind, const QString &name, const QString &phone, const QString &note)
{
    if (kind != u"person"_s && kind != u"professional"_s && kind != u"crisis"_s) {
        setError(tr("\"%1\" is not a kind of contact; choose someone you know, a professional "
                    "or a crisis line.")
                     .arg(kind));
        return false;
    }
    if (name.trimmed().isEmpty() && phone.trimmed().isEmpty()) {
        setError(tr("Add a name or a phone number."));
        return false;
    }
    const QUrl call = phoneUrl(u"tel"_s, phone);
    if (!phone.trimmed().isEmpty() && call.isEmpty()) {
        setError(tr("The phone number needs at least one digit."));
        return false;
    }
    // The built-in lines are always listed first, and a second copy would be hidden.
    if (kind == u"crisis"_s) {
        for (const Row &builtIn : m_rows) {
            if (builtIn.index == -1 && phoneUrl(u"tel"_s, builtIn.phone) == call) {
                setError(
                    tr("%1 is already on your plan as %2.").arg(phone.trimmed(), builtIn.name));
                return false;
            }
        }
    }
    const auto tooLong = [this](const QString &field, qsizetype limit, const QString &text) {
        if (text.size() <= limit)
            return false;
        setError(tr("%1 can have up to %2 characters; this one has %3. Shorten it to save it.")
                     .arg(field)
                     .arg(limit)
                     .arg(text.size()));
        return true;
    };
    return !(tooLong(tr("The name"), TextLimits::ContactName, name.trimmed())
        || tooLong(tr("The phone number"), TextLimits::ContactPhone, phone.trimmed())
        || tooLong(tr("The note"), TextLimits::ContactNote, note.trimmed()));
}

bool SafetyPlanModel::addContact(
    const QString &kind, const QString &name, const QString &phone, const QString &note)
{
    if (!checkContact(kind, name, phone, note))
        return false;
    v1::SafetyPlan plan = m_plan;
    v1::Contact *contact = contactList(plan, kind)->Add();
    contact->set_name(utf8(name.trimmed()));
    contact->set_phone(utf8(phone.trimmed()));
    contact->set_note(utf8(note.trimmed()));
    return write(plan);
}

bool SafetyPlanModel::updateContact(
    int row, const QString &kind, const QString &name, const QString &phone, const QString &note)
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].index < 0) {
        setError(tr("The lines Circle comes with cannot be changed; add your own instead."));
        return false;
    }
    if (!checkContact(kind, name, phone, note))
        return false;
    const Row &r = m_rows[size_t(row)];
    v1::SafetyPlan plan = m_plan;
    auto *from = contactList(plan, r.kind);
    v1::Contact contact = from->Get(r.index);
    contact.set_name(utf8(name.trimmed()));
    contact.set_phone(utf8(phone.trimmed()));
    contact.set_note(utf8(note.trimmed()));
    if (kind == r.kind) {
        *from->Mutable(r.index) = std::move(contact);
    } else {
        // A change of kind moves the contact to the end of its new list.
        from->DeleteSubrange(r.index, 1);
        *contactList(plan, kind)->Add() = std::move(contact);
    }
    return write(plan);
}

bool SafetyPlanModel::removeContact(int row)
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].index < 0)
        return false;
    const Row &r = m_rows[size_t(row)];
    v1::SafetyPlan plan = m_plan;
    contactList(plan, r.kind)->DeleteSubrange(r.index, 1);
    return write(plan);
}

bool SafetyPlanModel::write(const v1::SafetyPlan &plan)
{
    Repository<v1::SafetyPlan> repo(m_store);
    auto stored = plan.meta().id().empty() ? repo.create(plan) : repo.update(plan);
    if (!stored) {
        qCWarning(lcSafetyPlan) << "Could not save the safety plan:" << stored.error().message;
        setError(StoreText::notSaved(stored.error()));
        return false;
    }
    setError({});
    refresh();
    return true;
}

void SafetyPlanModel::refresh()
{
    auto page = Repository<v1::SafetyPlan>(m_store).list(PageRequest { 1, std::nullopt, false });
    if (!page) {
        qCWarning(lcSafetyPlan) << "Could not read the safety plan:" << page.error().message;
        setError(tr("Your safety plan could not be read. The crisis lines below still work."));
    }
    // The newest plan is the patient's plan; there is only ever one per person.
    m_plan = page && !page.value().items.empty() ? page.value().items.front() : v1::SafetyPlan();

    beginResetModel();
    m_rows.clear();
    // Built in, so they are there before the patient writes a plan and without a network.
    QList<QUrl> builtInUrls;
    for (const crisis::Line &line : crisis::linesFor(m_country, m_clinicLines)) {
        m_rows.push_back({ line.name, line.phone, line.note, u"crisis"_s, line.texts, -1 });
        builtInUrls.append(phoneUrl(u"tel"_s, line.phone));
    }
    for (int i = 0; i < m_plan.crisis_contacts_size(); ++i) {
        const auto &c = m_plan.crisis_contacts(i);
        // A plan often lists the same national lines; show each number once.
        const QUrl url = phoneUrl(u"tel"_s, qs(c.phone()));
        if (builtInUrls.contains(url))
            continue;
        // Whether a local line takes texts is unknown, so only calling is offered.
        m_rows.push_back({ qs(c.name()), qs(c.phone()), qs(c.note()), u"crisis"_s, false, i });
    }
    for (int i = 0; i < m_plan.people_and_places_size(); ++i) {
        const auto &c = m_plan.people_and_places(i);
        m_rows.push_back({ qs(c.name()), qs(c.phone()), qs(c.note()), u"person"_s, true, i });
    }
    for (int i = 0; i < m_plan.professional_contacts_size(); ++i) {
        const auto &c = m_plan.professional_contacts(i);
        m_rows.push_back({ qs(c.name()), qs(c.phone()), qs(c.note()), u"professional"_s, true, i });
    }
    endResetModel();

    m_warningSigns = joinLines(m_plan.warning_signs());
    m_copingSteps = joinLines(m_plan.coping_steps());
    m_reasonsToLive = qs(m_plan.reasons_to_live());
    m_safeEnvironment = qs(m_plan.safe_environment());
    Q_EMIT planChanged();
}

void SafetyPlanModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorMessageChanged();
}

} // namespace circle
