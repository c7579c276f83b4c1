#pragma once

#include "clock.h"
#include "hlc.h"
#include "result.h"
#include "sqlite.h"

#include <QByteArray>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

namespace circle {

struct StoreOptions
{
    /** Folder that holds the database file and its lock. Created if missing. */
    QString dataDir;
    /** The 32-byte raw database key. */
    QByteArray key;
    /**
     * Opens the same SQLCipher library without a key. Only for side-by-side
     * benchmarks of the cost of encryption; never used by the app.
     */
    bool unencryptedForBenchmark = false;
    const Clock *clock = nullptr; // null: the system clock
    /** Stops migrating at this schema version; -1 migrates to the latest. For tests. */
    int migrateUpTo = -1;
};

/**
 * The patient's encrypted store: one SQLCipher database in the data folder,
 * opened with a raw 256-bit key, held by exactly one process at a time.
 *
 * Settings applied at every open (see store.cpp for why): cipher_page_size 4096,
 * WAL, synchronous FULL, foreign_keys ON, temp_store MEMORY, secure_delete ON.
 */
class Store
{
public:
    static constexpr int KeySize = 32;
    static constexpr const char *DatabaseFileName = "circle.db";

    static Result<std::unique_ptr<Store>> open(const StoreOptions &options);
    ~Store();

    static int latestSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }
    QString databasePath() const { return m_path; }
    QString dataDir() const { return m_dataDir; }
    QString cipherVersion() const { return m_cipherVersion; }
    /** The id of this installation; the node of its HLC stamps. */
    QString deviceId() const { return m_deviceId; }
    bool encrypted() const { return m_encrypted; }

    const Clock &clock() const { return *m_clock; }
    HybridLogicalClock &hlc() { return *m_hlc; }
    /** Stores the HLC's last stamp; called inside every write transaction. */
    Result<void> persistHlc();

    sql::Connection &connection() { return m_conn; }

    /** A small named value kept in the store (sync cursor, server address). */
    Result<QString> setting(const char *key);
    Result<void> setSetting(const char *key, const QString &value);

    /**
     * Called whenever a change is queued for sync, so a sync can follow soon.
     * It may run inside a write transaction: it must only schedule work.
     */
    void setChangeListener(std::function<void()> listener)
    {
        m_changeListener = std::move(listener);
    }
    void notifyChangeQueued()
    {
        if (m_changeListener)
            m_changeListener();
    }

    /** Reads every page, so a damaged or altered page is found. Slow on big stores. */
    Result<void> integrityCheck();
    /** Copies the WAL into the main file (done on close too). */
    Result<void> checkpoint();

    /** Makes a fresh random 32-byte key. */
    static QByteArray generateKey();

private:
    Store() = default;
    Result<void> configure(const StoreOptions &options);
    Result<void> loadIdentity();

    QString m_dataDir;
    QString m_path;
    QString m_cipherVersion;
    QString m_deviceId;
    int m_schemaVersion = 0;
    bool m_encrypted = true;
    const Clock *m_clock = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    sql::Connection m_conn;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::function<void()> m_changeListener;
};

} // namespace circle
