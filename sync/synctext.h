#pragma once

#include <QCoreApplication>

namespace circle {

/**
 * The translation context of what the sync library says to the patient:
 * invites, the recovery code, joining the clinic and reaching its server.
 * The app's translations hold these strings with the rest; tools without
 * translations installed get the English text.
 */
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

} // namespace circle
