# check compatibility
import py4web

assert py4web.check_compatible("1.20190709.1")

# by importing db you expose it to the _dashboard/dbadmin
from .models import db

# by importing controllers you expose the actions defined in it
from . import controllers, api, admin

# import the scheduler tasks so that they are registered
from . import tasks

# optional parameters
__version__ = "0.4.2"
__author__ = "IT Platform <it-platform@example.internal>"
__license__ = "internal"
