#include "caseloadreader.h"

#include "clinicservices.h"

#include <QHash>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace circle::portal {

using server::Actor;
using server::ClinicServices;
using server::Done;

namespace {

ApiError notYours()
{
    return ApiError::forbidden(u"not_available"_s);
}

template<typename Message> bool parse(Message *m, const QByteArray &bytes)
{
    return m->ParseFromArray(bytes.constData(), int(bytes.size()));
}

} // namespace

CaseloadReader::CaseloadReader(ClinicServices &s)
    : m_s(s)
{
}

bool CaseloadReader::audit(
    const StaffIdentity &staff, const QString &patientId, const QString &type, const QString &id)
{
    return m_s.audit.write(
        { m_s.clock.nowMs(), staff.auditName(), u"portal_view"_s, patientId, type, id, u"ok"_s });
}

Outcome<Done> CaseloadReader::allowed(const StaffIdentity &staff, const QString &groupId,
    const QString &recordType, const QString &recordId)
{
    // An administrator reads no patient content unless they facilitate the group, so
    // access always goes through the facilitator check, never the admin's.
    Outcome<Done> ok = staff.therapistId.isEmpty()
        ? Outcome<Done>(notYours())
        : m_s.clinic.requireGroup(
            Actor { Actor::Kind::Therapist, staff.therapistId, staff.name }, groupId);
    if (!ok && ok.error().status == 403) {
        m_s.audit.write({ m_s.clock.nowMs(), staff.auditName(), u"portal_view"_s, {}, recordType,
            recordId.left(64), u"denied"_s });
        return notYours();
    }
    return ok;
}

Outcome<QList<SessionRow>> CaseloadReader::upcomingSessions(const QString &groupId)
{
    QSqlQuery &q = m_s.database->prepare(
        u"SELECT clear_body FROM records WHERE group_id = :g AND record_type = 'group_session'"
        " AND clinic_authored = 1 AND deleted = 0 AND clear_body IS NOT NULL"_s);
    q.bindValue(u":g"_s, groupId);
    if (!m_s.database->run(q))
        return ApiError::storage();
    const qint64 now = m_s.clock.nowMs();
    QList<SessionRow> out;
    while (q.next()) {
        circle::v1::GroupSession session;
        if (!parse(&session, q.value(0).toByteArray()) || session.end_ms() < now)
            continue;
        out.append({ session.start_ms(), session.end_ms(), session.number(),
            QString::fromStdString(session.topic()), QString::fromStdString(session.place()),
            session.status() == circle::v1::SESSION_STATUS_CANCELLED });
    }
    std::sort(out.begin(), out.end(),
        [](const SessionRow &a, const SessionRow &b) { return a.startMs < b.startMs; });
    return out;
}

Outcome<QList<SharedGoal>> CaseloadReader::sharedGoals(const QString &groupId)
{
    const auto rows = m_s.records.sharedInGroup(groupId);
    if (!rows)
        return rows.error();
    QList<SharedGoal> goals;
    QList<std::pair<QString, circle::v1::GoalCheckIn>> checkIns;
    for (const server::StoredRecord &r : rows.value()) {
        if (r.recordType == u"goal") {
            SharedGoal g;
            g.patientId = r.patientId;
            if (parse(&g.goal, r.body))
                goals.append(std::move(g));
        } else if (r.recordType == u"goal_check_in") {
            circle::v1::GoalCheckIn c;
            if (parse(&c, r.body))
                checkIns.append({ r.patientId, std::move(c) });
        }
    }
    for (SharedGoal &g : goals) {
        for (const auto &[patient, c] : checkIns) {
            if (patient == g.patientId && c.goal_id() == g.goal.meta().id())
                g.checkIns.append(c);
        }
        std::sort(g.checkIns.begin(), g.checkIns.end(),
            [](const auto &a, const auto &b) { return a.at_ms() < b.at_ms(); });
        QSqlQuery &q = m_s.database->prepare(u"SELECT shared_since_ms FROM records"
                                             " WHERE patient_id = :p AND record_type = 'goal'"
                                             " AND record_id = :i"_s);
        q.bindValue(u":p"_s, g.patientId);
        q.bindValue(u":i"_s, QString::fromStdString(g.goal.meta().id()));
        if (!m_s.database->run(q))
            return ApiError::storage();
        if (q.next())
            g.sharedSinceMs = q.value(0).toLongLong();
    }
    return goals;
}

Outcome<QList<HomeworkRow>> CaseloadReader::homework(
    const QString &groupId, const QList<MemberRow> &members)
{
    QSqlQuery &q = m_s.database->prepare(
        u"SELECT record_id, patient_id, clear_body FROM records WHERE group_id = :g"
        " AND record_type = 'homework_assignment' AND clinic_authored = 1 AND deleted = 0"
        " AND clear_body IS NOT NULL"_s);
    q.bindValue(u":g"_s, groupId);
    if (!m_s.database->run(q))
        return ApiError::storage();
    QList<HomeworkRow> out;
    while (q.next()) {
        circle::v1::HomeworkAssignment a;
        if (!parse(&a, q.value(2).toByteArray()))
            continue;
        out.append({ q.value(0).toString(), QString::fromStdString(a.title()), a.due_ms(),
            q.value(1).toString(), {} });
    }
    q.finish();
    // A shared answer is a clear homework_response, and only while it stays clear.
    const auto shared = m_s.records.sharedInGroup(groupId);
    if (!shared)
        return shared.error();
    struct Answer
    {
        QString patientId, responseId, mutationId, text;
    };
    QHash<QString, QList<Answer>> byAssignment;
    for (const server::StoredRecord &r : shared.value()) {
        circle::v1::HomeworkResponse response;
        if (r.recordType != u"homework_response" || !parse(&response, r.body) || !response.shared())
            continue;
        byAssignment[QString::fromStdString(response.assignment_id())].append(
            { r.patientId, r.recordId, r.mutationId, QString::fromStdString(response.text()) });
    }
    QHash<QString, std::pair<QString, qint64>> reviews; // patient/response → mutation, when
    QSqlQuery &rq = m_s.database->prepare(
        u"SELECT patient_id, response_id, mutation_id, reviewed_ms FROM homework_reviews"
        " WHERE patient_id IN (SELECT patient_id FROM memberships WHERE group_id = :g)"_s);
    rq.bindValue(u":g"_s, groupId);
    if (!m_s.database->run(rq))
        return ApiError::storage();
    while (rq.next())
        reviews.insert(rq.value(0).toString() + u'/' + rq.value(1).toString(),
            { rq.value(2).toString(), rq.value(3).toLongLong() });
    rq.finish();
    for (HomeworkRow &row : out) {
        for (const MemberRow &m : members) {
            if (!row.forPatientId.isEmpty() && row.forPatientId != m.patientId)
                continue;
            HomeworkAnswer answer { m.patientId, m.label, {}, {}, 0 };
            for (const Answer &a : byAssignment.value(row.id)) {
                if (a.patientId != m.patientId)
                    continue;
                answer.responseId = a.responseId;
                answer.text = a.text;
                // A review counts for the version reviewed; a changed answer needs another.
                const auto review = reviews.value(a.patientId + u'/' + a.responseId);
                answer.reviewedMs = review.first == a.mutationId ? review.second : 0;
            }
            row.answers.append(answer);
        }
    }
    std::sort(out.begin(), out.end(), [](const HomeworkRow &a, const HomeworkRow &b) {
        return a.dueMs != b.dueMs ? a.dueMs > b.dueMs : a.id > b.id;
    });
    return out;
}

Outcome<Done> CaseloadReader::markReviewed(const StaffIdentity &staff, const QString &groupId,
    const QString &patientId, const QString &responseId)
{
    if (const auto ok = allowed(staff, groupId, u"homework_response"_s, responseId); !ok)
        return ok.error();
    server::WriteTransaction tx(*m_s.database);
    if (!tx.active())
        return ApiError::storage();
    const auto shared = m_s.records.sharedInGroup(groupId);
    if (!shared)
        return shared.error();
    QString mutationId;
    for (const server::StoredRecord &r : shared.value()) {
        circle::v1::HomeworkResponse response;
        if (r.recordType == u"homework_response" && r.patientId == patientId
            && r.recordId == responseId && parse(&response, r.body) && response.shared())
            mutationId = r.mutationId;
    }
    if (mutationId.isEmpty()) {
        // Not shared (any more), not this member's, or not there: the same answer.
        m_s.audit.write({ m_s.clock.nowMs(), staff.auditName(), u"portal_review"_s, {},
            u"homework_response"_s, responseId.left(64), u"denied"_s });
        return notYours();
    }
    QSqlQuery &del = m_s.database->prepare(
        u"DELETE FROM homework_reviews WHERE patient_id = :p AND response_id = :r"_s);
    del.bindValue(u":p"_s, patientId);
    del.bindValue(u":r"_s, responseId);
    if (!m_s.database->run(del))
        return ApiError::storage();
    QSqlQuery &ins = m_s.database->prepare(
        u"INSERT INTO homework_reviews (patient_id, response_id, mutation_id, staff_id,"
        " reviewed_ms) VALUES (:p, :r, :m, :s, :t)"_s);
    ins.bindValue(u":p"_s, patientId);
    ins.bindValue(u":r"_s, responseId);
    ins.bindValue(u":m"_s, mutationId);
    ins.bindValue(u":s"_s, staff.id);
    ins.bindValue(u":t"_s, m_s.clock.nowMs());
    if (!m_s.database->run(ins)
        || !m_s.audit.write({ m_s.clock.nowMs(), staff.auditName(), u"portal_review"_s, patientId,
            u"homework_response"_s, responseId, u"ok"_s })
        || !tx.commit())
        return ApiError::storage();
    return Done {};
}

Outcome<QList<CaseloadRow>> CaseloadReader::caseload(const StaffIdentity &staff)
{
    QList<CaseloadRow> out;
    if (staff.therapistId.isEmpty())
        return out;
    QSqlQuery &q = m_s.database->prepare(
        u"SELECT g.id, g.name, (SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id)"
        " FROM therapy_groups g JOIN group_facilitators f ON f.group_id = g.id"
        " WHERE f.therapist_id = :t ORDER BY g.name"_s);
    q.bindValue(u":t"_s, staff.therapistId);
    if (!m_s.database->run(q))
        return ApiError::storage();
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), {}, {}, q.value(2).toInt(), 0 });
    q.finish();
    for (CaseloadRow &row : out) {
        const auto group = m_s.clinic.group(row.groupId);
        row.timeZone = group ? QString::fromStdString(group.value().time_zone()) : u"UTC"_s;
        const auto sessions = upcomingSessions(row.groupId);
        if (!sessions)
            return sessions.error();
        for (const SessionRow &s : sessions.value()) {
            if (!s.cancelled) {
                row.next = s;
                break;
            }
        }
        const auto goals = m_s.records.sharedInGroup(row.groupId);
        if (!goals)
            return goals.error();
        row.sharedGoals = int(std::count_if(goals.value().begin(), goals.value().end(),
            [](const server::StoredRecord &r) { return r.recordType == u"goal"; }));
    }
    // Counts only, no patient's record: one row says the caseload was looked at.
    if (!m_s.audit.write(
            { m_s.clock.nowMs(), staff.auditName(), u"portal_caseload"_s, {}, {}, {}, u"ok"_s }))
        return ApiError::storage();
    return out;
}

Outcome<GroupView> CaseloadReader::group(const StaffIdentity &staff, const QString &groupId)
{
    if (const auto ok = allowed(staff, groupId, u"group"_s, groupId); !ok)
        return ok.error();
    const auto record = m_s.clinic.group(groupId);
    if (!record)
        return record.error().status == 404 ? notYours() : record.error();
    GroupView view;
    view.id = groupId;
    view.name = QString::fromStdString(record.value().name());
    view.timeZone = QString::fromStdString(record.value().time_zone());
    view.plannedSessions = record.value().planned_sessions();
    const auto sessions = upcomingSessions(groupId);
    if (!sessions)
        return sessions.error();
    view.upcoming = sessions.value();

    QSqlQuery &q = m_s.database->prepare(
        u"SELECT p.id, p.label, (SELECT MAX(d.last_seen_ms) FROM devices d"
        " WHERE d.patient_id = p.id) FROM patients p JOIN memberships m ON m.patient_id = p.id"
        " WHERE m.group_id = :g ORDER BY p.label"_s);
    q.bindValue(u":g"_s, groupId);
    if (!m_s.database->run(q))
        return ApiError::storage();
    while (q.next())
        view.members.append(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), {} });
    q.finish();
    const auto goals = sharedGoals(groupId);
    if (!goals)
        return goals.error();
    const auto assignments = homework(groupId, view.members);
    if (!assignments)
        return assignments.error();
    view.homework = assignments.value();
    server::WriteTransaction tx(*m_s.database);
    if (!tx.active() || !audit(staff, {}, u"group"_s, groupId))
        return ApiError::storage();
    for (const HomeworkRow &row : view.homework) {
        for (const HomeworkAnswer &a : row.answers) {
            if (!a.responseId.isEmpty()
                && !audit(staff, a.patientId, u"homework_response"_s, a.responseId))
                return ApiError::storage();
        }
    }
    for (MemberRow &member : view.members) {
        if (!audit(staff, member.patientId, u"patient"_s, member.patientId))
            return ApiError::storage();
        for (const SharedGoal &g : goals.value()) {
            if (g.patientId != member.patientId)
                continue;
            member.goals.append(g);
            if (!audit(staff, g.patientId, u"goal"_s, QString::fromStdString(g.goal.meta().id())))
                return ApiError::storage();
        }
    }
    if (!tx.commit())
        return ApiError::storage();
    return view;
}

Outcome<GoalView> CaseloadReader::goal(const StaffIdentity &staff, const QString &groupId,
    const QString &patientId, const QString &goalId)
{
    if (const auto ok = allowed(staff, groupId, u"goal"_s, goalId); !ok)
        return ok.error();
    const auto record = m_s.clinic.group(groupId);
    if (!record)
        return record.error().status == 404 ? notYours() : record.error();
    const auto goals = sharedGoals(groupId);
    if (!goals)
        return goals.error();
    for (const SharedGoal &g : goals.value()) {
        if (g.patientId != patientId || QString::fromStdString(g.goal.meta().id()) != goalId)
            continue;
        GoalView view { groupId, QString::fromStdString(record.value().name()),
            QString::fromStdString(record.value().time_zone()), {}, g };
        QSqlQuery &q = m_s.database->prepare(u"SELECT label FROM patients WHERE id = :p"_s);
        q.bindValue(u":p"_s, patientId);
        if (!m_s.database->run(q))
            return ApiError::storage();
        if (q.next())
            view.memberLabel = q.value(0).toString();
        q.finish();
        server::WriteTransaction tx(*m_s.database);
        if (!tx.active() || !audit(staff, patientId, u"goal"_s, goalId))
            return ApiError::storage();
        for (const auto &c : g.checkIns) {
            if (!audit(staff, patientId, u"goal_check_in"_s, QString::fromStdString(c.meta().id())))
                return ApiError::storage();
        }
        if (!tx.commit())
            return ApiError::storage();
        return view;
    }
    // Not shared (any more), not this member's, or not there: the same answer.
    m_s.audit.write({ m_s.clock.nowMs(), staff.auditName(), u"portal_view"_s, {}, u"goal"_s,
        goalId.left(64), u"denied"_s });
    return notYours();
}

} // namespace circle::portal
