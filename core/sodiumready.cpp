#include "sodiumready.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace circle::detail {

Result<void> ensureSodium()
{
    // A function-local static is initialised exactly once even when threads race here,
    // and sodium_init() then never runs concurrently with itself.
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        return Error::make(Error::Code::Internal,
            u"The encryption library could not start (it found no usable source "
            "of randomness), so private records cannot be sealed or opened, nor a "
            "passcode protected."_s);
    }
    return {};
}

} // namespace circle::detail
