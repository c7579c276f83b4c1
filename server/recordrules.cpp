#include "recordrules.h"

#include "circle/v1/records.pb.h"
#include "circle/v1/sync.pb.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace circle::server {

namespace {

constexpr std::array<RecordType, 13> kTypes { {
    { u"journal_entry", BodyRule::AlwaysSealed },
    { u"gratitude_entry", BodyRule::AlwaysSealed },
    { u"mood_check_in", BodyRule::AlwaysSealed },
    { u"safety_plan", BodyRule::AlwaysSealed },
    { u"reminder_preferences", BodyRule::AlwaysSealed },
    { u"agreement_ack", BodyRule::AlwaysSealed },
    { u"goal", BodyRule::SealedOrShared },
    { u"goal_check_in", BodyRule::SealedOrShared },
    { u"homework_response", BodyRule::SealedOrShared },
    { u"rsvp", BodyRule::Clear },
    { u"group", BodyRule::ClinicOnly },
    { u"group_session", BodyRule::ClinicOnly },
    { u"homework_assignment", BodyRule::ClinicOnly },
} };

template<typename Message> QString parsedId(const std::string &bytes, bool *ok)
{
    Message m;
    *ok = m.ParseFromString(bytes);
    return *ok ? QString::fromStdString(m.meta().id()) : QString();
}

// A clear body is readable by therapists, so it has to be the record it claims to be.
QString checkClearBody(QStringView type, const std::string &bytes, const QString &recordId)
{
    bool ok = false;
    QString id;
    if (type == u"goal")
        id = parsedId<circle::v1::Goal>(bytes, &ok);
    else if (type == u"goal_check_in")
        id = parsedId<circle::v1::GoalCheckIn>(bytes, &ok);
    else if (type == u"homework_response")
        id = parsedId<circle::v1::HomeworkResponse>(bytes, &ok);
    else if (type == u"rsvp")
        id = parsedId<circle::v1::Rsvp>(bytes, &ok);
    if (!ok)
        return u"malformed record: the clear body is not a %1"_s.arg(type);
    if (!id.isEmpty() && id != recordId)
        return u"malformed record: meta.id differs from record_id"_s;
    return {};
}

} // namespace

bool isPlainId(QStringView id)
{
    if (id.isEmpty() || id.size() > fieldlimits::Id)
        return false;
    for (const QChar ch : id) {
        const char16_t c = ch.unicode();
        const bool okChar = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z')
            || (c >= u'A' && c <= u'Z') || c == u'-' || c == u'_' || c == u'.';
        if (!okChar)
            return false;
    }
    return true;
}

static bool isPlainId(const std::string &id)
{
    return id.size() <= size_t(fieldlimits::Id) && isPlainId(QString::fromStdString(id));
}

bool isSingleLine(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        switch (QChar::category(char32_t(c))) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Other_Surrogate: // unpaired: not text at all
            return false;
        default:
            break;
        }
    }
    return true;
}

const RecordType *findRecordType(QStringView name)
{
    for (const RecordType &t : kTypes) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

bool isSharableType(QStringView name)
{
    const RecordType *t = findRecordType(name);
    return t && (t->rule == BodyRule::SealedOrShared || t->rule == BodyRule::Clear);
}

bool isValidHlc(QStringView hlc)
{
    if (hlc.size() < 21 || hlc.size() > fieldlimits::Hlc || hlc[12] != u'.' || hlc[19] != u'.')
        return false;
    for (qsizetype i = 0; i < hlc.size(); ++i) {
        if (i == 12 || i == 19)
            continue;
        const char16_t c = hlc[i].unicode();
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        if (i < 19 ? !hex : (c < 0x21 || c > 0x7e))
            return false;
    }
    return true;
}

QString checkMutation(const circle::v1::Mutation &m)
{
    if (!isPlainId(m.mutation_id()))
        return u"malformed mutation: mutation_id"_s;
    if (!isPlainId(m.record_id()))
        return u"malformed mutation: record_id"_s;
    if (!m.parent_id().empty() && !isPlainId(m.parent_id()))
        return u"malformed mutation: parent_id"_s;
    if (!m.group_id().empty() && !isPlainId(m.group_id()))
        return u"malformed mutation: group_id"_s;
    const QString typeName = QString::fromStdString(m.record_type());
    const RecordType *type = findRecordType(typeName);
    if (!type)
        return u"unknown record type"_s;
    if (type->rule == BodyRule::ClinicOnly)
        return u"%1 is clinic-authored; phones cannot change it"_s.arg(typeName);
    if (!isValidHlc(QString::fromStdString(m.hlc())))
        return u"malformed mutation: hlc"_s;

    const bool sealed = m.body_case() == circle::v1::Mutation::kSealed;
    const bool clear = m.body_case() == circle::v1::Mutation::kClear;
    if ((sealed && m.sealed().empty()) || (clear && m.clear().empty()))
        return u"malformed mutation: empty body"_s;
    if (!sealed && !clear && !m.deleted())
        return u"malformed mutation: no body"_s;
    if (clear && type->rule == BodyRule::AlwaysSealed)
        return u"%1 must be sealed; the server does not accept it in the clear"_s.arg(typeName);
    if (sealed && type->rule == BodyRule::Clear)
        return u"%1 travels in the clear so the facilitator can read it"_s.arg(typeName);
    if (clear) {
        if (m.group_id().empty())
            return u"a clear %1 must name the group whose therapists may read it"_s.arg(typeName);
        const QString problem
            = checkClearBody(typeName, m.clear(), QString::fromStdString(m.record_id()));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace circle::server
