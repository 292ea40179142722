"""Process entry point: ``python -m supportbot.main``."""
import asyncio
import logging
import signal

import asyncpg
import tornado.httpserver
import tornado.options

from supportbot.app import make_app
from supportbot.config import load_env_overrides, options
from supportbot.periodic import start_periodic_jobs

log = logging.getLogger("supportbot")


async def main():
    tornado.options.parse_command_line()
    load_env_overrides()
    pool = await asyncpg.create_pool(options.db_url, min_size=2, max_size=10)
    app = make_app(pool)
    server = tornado.httpserver.HTTPServer(app, xheaders=True)
    server.listen(options.port)
    if options.enable_periodic:
        start_periodic_jobs(app)
    log.info("listening on :%d", options.port)

    shutdown = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, shutdown.set)
    await shutdown.wait()

    server.stop()
    for cb in app.periodic:
        cb.stop()
    await app.clients.close()
    await pool.close()


if __name__ == "__main__":
    asyncio.run(main())
