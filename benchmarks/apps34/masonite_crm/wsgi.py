"""First Entry For The WSGI Server."""
from masonite.foundation import Application, Kernel

from config.application import PROJECT_ROOT
from Kernel import Kernel as ApplicationKernel

"""Start The Application Instance."""
application = Application(PROJECT_ROOT)

"""Now Bind important providers needed to make the framework work."""
application.register_providers(Kernel, ApplicationKernel)

"""Now Bind important application specific providers needed to make the application work."""
from app.providers.AppProvider import AppProvider
from app.providers.AIServiceProvider import AIServiceProvider
from masonite.providers import (
    AuthenticationProvider,
    CacheProvider,
    ExceptionProvider,
    FrameworkProvider,
    HelpersProvider,
    MailProvider,
    ORMProvider,
    QueueProvider,
    RouteProvider,
    SessionProvider,
    StorageProvider,
    ViewProvider,
)

application.add_providers(
    FrameworkProvider,
    HelpersProvider,
    RouteProvider,
    ViewProvider,
    ExceptionProvider,
    MailProvider,
    SessionProvider,
    CacheProvider,
    QueueProvider,
    StorageProvider,
    AuthenticationProvider,
    ORMProvider,
    AppProvider,
    AIServiceProvider,
)
