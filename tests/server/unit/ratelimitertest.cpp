#include "ratelimiter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using circle::server::RateLimiter;

TEST(RateLimiter, AllowsTheBurstThenRefillsOverTime)
{
    RateLimiter limiter(3, 60); // one a second
    const QString key = u"device:a"_s;
    EXPECT_TRUE(limiter.allow(key, 1000));
    EXPECT_TRUE(limiter.allow(key, 1000));
    EXPECT_TRUE(limiter.allow(key, 1000));
    EXPECT_FALSE(limiter.allow(key, 1000));
    EXPECT_EQ(limiter.retryAfterSeconds(key), 1);
    EXPECT_FALSE(limiter.allow(key, 1500));
    EXPECT_TRUE(limiter.allow(key, 2100));
    EXPECT_TRUE(limiter.allow(u"device:b"_s, 2100)) << "buckets are per key";
}

TEST(RateLimiter, NeverHoldsMoreThanTheBurst)
{
    RateLimiter limiter(2, 600);
    const QString key = u"k"_s;
    EXPECT_TRUE(limiter.allow(key, 0));
    int allowed = 0;
    for (int i = 0; i < 10; ++i)
        allowed += limiter.allow(key, 3600 * 1000) ? 1 : 0;
    EXPECT_EQ(allowed, 2);
}
