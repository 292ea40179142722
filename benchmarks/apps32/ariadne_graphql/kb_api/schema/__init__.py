from ariadne import make_executable_schema, snake_case_fallback_resolvers

from kb_api.resolvers import bindables
from kb_api.schema.type_defs import type_defs

schema = make_executable_schema(type_defs, *bindables, snake_case_fallback_resolvers)
