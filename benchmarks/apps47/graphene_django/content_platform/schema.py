import graphene
from graphene_django.debug import DjangoDebug

import articles.schema
import search.schema


class Query(articles.schema.Query, search.schema.Query, graphene.ObjectType):
    debug = graphene.Field(DjangoDebug, name="_debug")


class Mutation(articles.schema.Mutation, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query, mutation=Mutation)
