#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <ostream>

// GoogleTest finds these by argument-dependent lookup, so failures print
// "hello" instead of 40 raw bytes.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << "QByteArray(" << b.size() << " bytes: " << b.left(64).toHex().toStdString() << ')';
}
inline void PrintTo(const QDateTime &t, std::ostream *os)
{
    *os << t.toString(Qt::ISODateWithMs).toStdString();
}
QT_END_NAMESPACE
