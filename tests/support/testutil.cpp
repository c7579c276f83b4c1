#include "testutil.h"

#include <QFile>

namespace circle::test {

QByteArray testKey(char fill)
{
    QByteArray key(32, fill);
    key[0] = 0x01; // not all one byte, so a key-handling bug that drops bytes shows
    key[31] = char(0xfe);
    return key;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace circle::test
