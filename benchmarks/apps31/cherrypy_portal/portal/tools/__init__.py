"""Custom CherryPy tools. Importing this package registers them on cherrypy.tools."""
import cherrypy

from portal.tools.hooks import RateLimitTool, moderate_input, require_login
from portal.tools.llm_tool import attach_llm

cherrypy.tools.auth = cherrypy.Tool("before_handler", require_login, priority=20)
cherrypy.tools.llm = cherrypy.Tool("before_handler", attach_llm, priority=60)
cherrypy.tools.moderate = cherrypy.Tool("before_handler", moderate_input, priority=70)
cherrypy.tools.ratelimit = RateLimitTool()
