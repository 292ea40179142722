"""Per-user throttle on AI endpoints so one rep cannot burn the budget."""
import time

from masonite.configuration import config
from masonite.middleware import Middleware


class AIRateLimitMiddleware(Middleware):
    def before(self, request, response):
        user = request.user()
        if user is None:
            return request
        cache = request.app.make("cache")
        key = f"ai-rl:{user.id}:{int(time.time() // 60)}"
        count = int(cache.get(key) or 0) + 1
        cache.put(key, count, 60)
        if count > int(config("ai.rate_limit_per_minute", 20)):
            return response.json({"error": "AI rate limit exceeded, try again in a minute"}, status=429)
        return request

    def after(self, request, response):
        return request
