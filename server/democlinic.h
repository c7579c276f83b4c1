#pragma once

#include "apierror.h"

#include <QDate>
#include <QString>

namespace circle::server {

class ClinicServices;

/** What `seed-demo` made, for printing. */
struct DemoClinic
{
    QString therapistToken; ///< empty when the demo therapist existed already
    QString groupId;
    QString invite;
    QString patientId;
};

/**
 * A small clinic to try Circle with: one therapist, one process group with twelve weekly
 * sessions starting on the next Tuesday, one homework assignment, and an invite for a
 * new patient. Run again, it keeps the clinic and makes one more invite.
 */
Outcome<DemoClinic> seedDemoClinic(ClinicServices &services, const QDate &today);

} // namespace circle::server
