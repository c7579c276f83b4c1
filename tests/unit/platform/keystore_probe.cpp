// Loads or creates a database key the way the app does at start, then removes it.
// Prints the error for a person, or only the key's size: never the key.
#include "keystore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        out << "usage: keystore_probe ACCOUNT\n";
        return 2;
    }
    const QString &account = args.at(1);

    const auto store = circle::KeyStore::createDefault();
    const auto result = store->loadOrCreate(account, circle::databaseKeySize);
    if (!result.ok()) {
        out << "error: " << result.error << '\n';
        return 1;
    }
    out << "key of " << result.key.size() << " bytes\n";
    QString error;
    if (!store->remove(account, &error)) {
        out << "error: " << error << '\n';
        return 1;
    }
    return 0;
}
