#include "syncwiring.h"

#include "sync/clinicsync.h"

namespace circle {

void startSync(ClinicSync &sync, QString *problem)
{
    *problem = sync.resume();
}

} // namespace circle
