#pragma once

#include "testutil.h"

#include "repository.h"
#include "store.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace circle::test {

// 2026-11-23T09:00:00Z: a fixed "now" so times in tests are repeatable.
constexpr qint64 TestNowMs = 1795424400000;

/** A real encrypted store in a temporary folder, with a clock the test controls. */
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.path();
        reopen();
    }

    void reopen()
    {
        m_store.reset();
        auto opened = Store::open(options());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
    }

    StoreOptions options() const
    {
        StoreOptions o;
        o.dataDir = m_dataDir;
        o.key = testKey();
        o.clock = &m_clock;
        return o;
    }

    void closeStore() { m_store.reset(); }
    QString dbPath() const
    {
        return m_dataDir + u'/' + QString::fromLatin1(Store::DatabaseFileName);
    }

    template<typename T> Repository<T> repo() { return Repository<T>(*m_store); }

    QTemporaryDir m_dir;
    QString m_dataDir; // where the store lives; m_dir unless a test points elsewhere
    ManualClock m_clock { TestNowMs };
    std::unique_ptr<Store> m_store;
};

} // namespace circle::test
