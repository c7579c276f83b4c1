#include "storetext.h"

#include "result.h"

#include <QCoreApplication>

namespace circle::StoreText {

namespace {

// The context lupdate gives these strings: the qualified name they are written in.
QString tr(const char *text)
{
    return QCoreApplication::translate("circle::StoreText", text);
}

} // namespace

QString notSaved(const Error &error)
{
    if (error.code == Error::Code::DiskFull)
        return tr("Not saved: the phone is out of storage space. Free some space and try again.");
    return tr("Not saved: %1").arg(error.message);
}

} // namespace circle::StoreText
