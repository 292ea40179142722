from bot.ratelimit import RateLimiter


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_user_limit_and_window():
    clock = Clock()
    rl = RateLimiter(per_user=2, per_room=10, window=60, clock=clock)
    assert rl.check("@a:x", "!r")
    assert rl.check("@a:x", "!r")
    assert not rl.check("@a:x", "!r")
    clock.t = 61
    assert rl.check("@a:x", "!r")


def test_exempt_users_bypass():
    rl = RateLimiter(per_user=0, per_room=0)
    rl.exempt.add("@admin:x")
    assert rl.check("@admin:x", "!r")
