from ariadne import gql

type_defs = gql(
    """
    scalar DateTime

    enum ArticleStatus { DRAFT PUBLISHED ARCHIVED }

    type Space { id: ID! slug: String! name: String! articles(limit: Int = 20): [Article!]! }
    type User { id: ID! displayName: String! }

    type Article {
        id: ID!
        title: String!
        body: String!
        status: ArticleStatus!
        tags: [String!]!
        summary: String
        language: String!
        coverUrl: String
        readingTime: Int!
        space: Space
        author: User
        related(limit: Int = 5): [Article!]!
        keyPoints: [String!]!
        createdAt: DateTime!
        updatedAt: DateTime!
    }

    type SearchHit { article: Article! score: Float! snippet: String }

    type Answer { text: String! model: String! sources: [Article!]! }

    type Query {
        article(id: ID!): Article
        space(slug: String!): Space
        search(query: String!, limit: Int = 10, rerank: Boolean = true): [SearchHit!]!
        ask(question: String!, fast: Boolean = false): Answer!
        suggestTitles(draft: String!, count: Int = 3): [String!]!
        explainSnippet(code: String!, language: String): String!
    }

    input CreateArticleInput { title: String! body: String! spaceId: ID! tags: [String!] }
    input UpdateArticleInput { title: String body: String tags: [String!] status: ArticleStatus }

    type ArticlePayload { article: Article errors: [String!]! }

    type Mutation {
        createArticle(input: CreateArticleInput!): ArticlePayload!
        updateArticle(id: ID!, input: UpdateArticleInput!): ArticlePayload!
        summarizeArticle(id: ID!, force: Boolean = false): Article
        translateArticle(id: ID!, language: String!): Article
        generateCover(id: ID!): Article
        autoTag(id: ID!): Article
        rewriteSection(id: ID!, heading: String!, instruction: String!): String!
    }

    type Subscription {
        answerStream(question: String!): String!
    }
    """
)
