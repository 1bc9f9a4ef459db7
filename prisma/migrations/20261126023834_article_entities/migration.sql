-- CreateTable
CREATE TABLE "ArticlePerson" (
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "firstMention" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "personId"),
    CONSTRAINT "ArticlePerson_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticlePerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleOrganization" (
    "articleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "firstMention" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "organizationId"),
    CONSTRAINT "ArticleOrganization_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticlePlace" (
    "articleId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "firstMention" INTEGER NOT NULL,

    PRIMARY KEY ("articleId", "placeId"),
    CONSTRAINT "ArticlePlace_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticlePlace_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticlePerson_personId_publishedOn_articleId_idx" ON "ArticlePerson"("personId", "publishedOn", "articleId");

-- CreateIndex
CREATE INDEX "ArticlePerson_articleId_firstMention_idx" ON "ArticlePerson"("articleId", "firstMention");

-- CreateIndex
CREATE INDEX "ArticleOrganization_organizationId_publishedOn_articleId_idx" ON "ArticleOrganization"("organizationId", "publishedOn", "articleId");

-- CreateIndex
CREATE INDEX "ArticleOrganization_articleId_firstMention_idx" ON "ArticleOrganization"("articleId", "firstMention");

-- CreateIndex
CREATE INDEX "ArticlePlace_placeId_publishedOn_articleId_idx" ON "ArticlePlace"("placeId", "publishedOn", "articleId");

-- CreateIndex
CREATE INDEX "ArticlePlace_articleId_firstMention_idx" ON "ArticlePlace"("articleId", "firstMention");

-- One row per article-entity pair for what was stored before this migration (an undated
-- article sorts as 0001-01-01, last).
INSERT INTO "ArticlePerson" ("articleId", "personId", "publishedOn", "firstMention")
SELECT m."articleId", m."personId", coalesce(a."publishedOn", '0001-01-01T00:00:00.000+00:00'), min(m."start")
  FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId"
 WHERE m."personId" IS NOT NULL
 GROUP BY m."articleId", m."personId", a."publishedOn";
INSERT INTO "ArticleOrganization" ("articleId", "organizationId", "publishedOn", "firstMention")
SELECT m."articleId", m."organizationId", coalesce(a."publishedOn", '0001-01-01T00:00:00.000+00:00'), min(m."start")
  FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId"
 WHERE m."organizationId" IS NOT NULL
 GROUP BY m."articleId", m."organizationId", a."publishedOn";
INSERT INTO "ArticlePlace" ("articleId", "placeId", "publishedOn", "firstMention")
SELECT m."articleId", m."placeId", coalesce(a."publishedOn", '0001-01-01T00:00:00.000+00:00'), min(m."start")
  FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId"
 WHERE m."placeId" IS NOT NULL
 GROUP BY m."articleId", m."placeId", a."publishedOn";
