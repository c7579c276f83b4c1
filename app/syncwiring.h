#pragma once

#include <QString>

namespace circle {

class ClinicSync;

/**
 * Starts syncing the app's store with its clinic when that store was enrolled
 * (Circle works fully offline when it never was). A store that was enrolled
 * but whose secrets are gone does not sync; the reason goes to *problem for
 * the app's log, and the sync page tells the patient in plain words.
 * ClinicSync owns the session, so joining a clinic later starts it too.
 */
void startSync(ClinicSync &sync, QString *problem);

} // namespace circle
