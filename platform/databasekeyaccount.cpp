#include "keystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace circle {
namespace {

/**
 * The folder's path with symlinks, "..", "." and relative parts resolved.
 *
 * The key has to be found again on every start, so the account may depend neither
 * on how the folder was spelled nor on whether it exists yet: the first start asks
 * for the key before the folder is created. QFileInfo::canonicalFilePath() is
 * empty for a missing path and absoluteFilePath() keeps symlinks, so neither alone
 * gives the same answer before and after the folder is made. Instead the deepest
 * existing ancestor is canonicalised and the missing rest appended as written.
 */
QString canonicalFolderPath(const QString &dataDir)
{
    QString existing = QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        const QFileInfo info(existing);
        const QString parent = info.path();
        if (parent == existing)
            break; // a root that does not exist (an absent drive); nothing to resolve
        missing.prepend(info.fileName());
        existing = parent;
    }
    QString resolved = QFileInfo(existing).canonicalFilePath();
    if (resolved.isEmpty())
        resolved = existing;
    for (const QString &part : std::as_const(missing))
        resolved += u'/' + part;
    return QDir::cleanPath(resolved);
}

} // namespace

QString secretAccount(const QString &purpose, const QString &dataDir)
{
    // A hash rather than the path itself: fixed length, and the key store's list
    // of entries does not show where the person keeps their data.
    const QByteArray digest = QCryptographicHash::hash(
        canonicalFolderPath(dataDir).toUtf8(), QCryptographicHash::Sha256);
    return purpose + u':' + QString::fromLatin1(digest.toHex());
}

QString databaseKeyAccount(const QString &dataDir)
{
    return secretAccount(u"database-key"_s, dataDir);
}

} // namespace circle
