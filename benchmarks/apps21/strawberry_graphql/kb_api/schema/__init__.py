import strawberry
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter

from kb_api.schema.mutations import Mutation
from kb_api.schema.queries import Query
from kb_api.schema.subscriptions import Subscription

schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    extensions=[QueryDepthLimiter(max_depth=8), MaxAliasesLimiter(max_alias_count=15)],
)

__all__ = ["schema"]
