from kb_api.resolvers.article import article_type, space_type
from kb_api.resolvers.mutation import mutation
from kb_api.resolvers.query import query
from kb_api.resolvers.scalars import datetime_scalar, status_enum
from kb_api.resolvers.subscription import subscription

bindables = [query, mutation, subscription, article_type, space_type, datetime_scalar, status_enum]
