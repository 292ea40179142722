"""
This file defines cache, session, and translator T object for the app
These are fixtures that every app needs so probably you will not be editing this file
"""
import logging
import os
import sys

from py4web import Cache, Flash, Session, Translator, DAL, Field, action
from py4web.server_adapters.logging_utils import make_logger
from py4web.utils.auth import Auth
from py4web.utils.downloader import downloader
from py4web.utils.factories import ActionFactory
from py4web.utils.mailer import Mailer
from pydal.tools.tags import Tags

from . import settings

# #######################################################
# implement custom loggers form settings.LOGGERS
# #######################################################
logger = make_logger("py4web:" + settings.APP_NAME, settings.LOGGERS)

# #######################################################
# connect to db
# #######################################################
db = DAL(
    settings.DB_URI,
    folder=settings.DB_FOLDER,
    pool_size=settings.DB_POOL_SIZE,
    migrate=settings.DB_MIGRATE,
    fake_migrate=settings.DB_FAKE_MIGRATE,
)

# #######################################################
# define global objects that may or may not be used by the actions
# #######################################################
cache = Cache(size=1000)
T = Translator(settings.T_FOLDER)
flash = Flash()

# #######################################################
# pick the session type that suits you best
# #######################################################
if settings.SESSION_TYPE == "cookies":
    session = Session(secret=settings.SESSION_SECRET_KEY)
elif settings.SESSION_TYPE == "redis":
    import redis

    host, port = settings.REDIS_SERVER.split(":")
    # for more options: https://github.com/andymccurdy/redis-py/blob/master/redis/client.py
    conn = redis.Redis(host=host, port=int(port))
    conn.set = (
        lambda k, v, e, cs=conn.set, ct=conn.ttl: cs(k, v, ct(k))
        if ct(k) >= 0
        else cs(k, v, e)
    )
    session = Session(secret=settings.SESSION_SECRET_KEY, storage=conn)
else:
    session = Session(secret=settings.SESSION_SECRET_KEY)

# #######################################################
# Instantiate the object and actions that handle auth
# #######################################################
auth = Auth(session, db, define_tables=False)
auth.use_username = True
auth.param.registration_requires_confirmation = settings.VERIFY_EMAIL
auth.param.registration_requires_approval = False
auth.param.allowed_actions = ["all"]
auth.param.login_expiration_time = 3600
auth.param.password_complexity = settings.PASSWORD_COMPLEXITY
auth.param.block_previous_password_num = 3
auth.param.default_login_enabled = True
auth.define_tables()
auth.fix_actions()

flash = auth.flash

if settings.SMTP_SERVER:
    auth.sender = Mailer(
        server=settings.SMTP_SERVER,
        sender=settings.SMTP_SENDER,
        login=settings.SMTP_LOGIN,
        tls=True,
    )

groups = Tags(db.auth_user, "groups")

# #######################################################
# Enable authentication
# #######################################################
auth.enable(uses=(session, T, db), env=dict(T=T))

# #######################################################
# Define convenience decorators
# #######################################################
unauthenticated = ActionFactory(db, session, T, flash, auth)
authenticated = ActionFactory(db, session, T, flash, auth.user)

# #######################################################
# Shared LLM services (help-desk assistant)
# The fixture exposes per-request handles to the provider clients.
# Background tasks import the service objects below directly.
# #######################################################
from .llm import clients as llm_clients  # noqa: E402
from .llm.fixture import LLMFixture  # noqa: E402
from .llm.tracking import llm_tracker  # noqa: E402
from .llm.multi_model_service import multi_model_service  # noqa: E402

llm = LLMFixture(logger=logger)

# one long-lived client per provider for code that runs outside a request
openai_client = llm_clients.get_openai()
anthropic_client = llm_clients.get_anthropic()
voyage_client = llm_clients.get_voyage()

# #######################################################
# Optionally configure the scheduler
# #######################################################
if settings.USE_SCHEDULER:
    from py4web.utils.scheduler import Scheduler

    scheduler = Scheduler(
        db, logger=logger, max_concurrent_runs=settings.SCHEDULER_MAX_CONCURRENT_RUNS
    )
else:
    scheduler = None

# #######################################################
# Enable a volumetric downloader of uploaded files
# #######################################################
@action("download/<filename>")
@action.uses(db)
def download(filename):
    return downloader(db, settings.UPLOAD_FOLDER, filename)
