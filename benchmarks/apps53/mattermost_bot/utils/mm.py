"""Thin wrappers over the mattermostdriver API used by several plugins."""
from __future__ import annotations

import datetime as dt


def fetch_thread_posts(driver, root_id: str) -> list[dict]:
    thread = driver.get_thread(root_id)
    posts = [thread["posts"][pid] for pid in thread["order"]]
    posts.sort(key=lambda p: p["create_at"])
    users = {}
    for post in posts:
        uid = post["user_id"]
        if uid not in users:
            users[uid] = driver.users.get_user(uid).get("username", uid)
        post["username"] = users[uid]
    return posts


def channel_posts_since(driver, channel_id: str, since: dt.datetime) -> list[dict]:
    since_ms = int(since.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    data = driver.posts.get_posts_for_channel(channel_id, params={"since": since_ms})
    posts = [data["posts"][pid] for pid in data.get("order", [])]
    for post in posts:
        post.setdefault("username", post.get("user_id"))
    return sorted(posts, key=lambda p: p["create_at"])
