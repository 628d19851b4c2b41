CREATE TABLE "Actors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Actors" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Discovered" INTEGER NOT NULL
);


CREATE TABLE "Countries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Countries" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Iso3" TEXT NULL,
    "IsHistorical" INTEGER NOT NULL,
    "Region" TEXT NOT NULL,
    "NotOnMap" TEXT NULL
);


CREATE TABLE "Episodes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Episodes" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "ShortTitle" TEXT NOT NULL,
    "CommonName" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Side" TEXT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NULL,
    "StartYear" INTEGER NOT NULL,
    "EndYear" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL,
    "Discrepancy" TEXT NULL
);


CREATE TABLE "ImportInfo" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportInfo" PRIMARY KEY AUTOINCREMENT,
    "ImportedAt" TEXT NOT NULL,
    "SeedsHash" TEXT NOT NULL,
    "Warnings" INTEGER NOT NULL
);


CREATE TABLE "SlugRedirects" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SlugRedirects" PRIMARY KEY AUTOINCREMENT,
    "Entity" TEXT NOT NULL,
    "OldSlug" TEXT NOT NULL,
    "CurrentSlug" TEXT NOT NULL
);


CREATE TABLE "Sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Url" TEXT NULL,
    "Author" TEXT NULL,
    "Licence" TEXT NULL,
    "RetrievedOn" TEXT NULL,
    "Sha256" TEXT NOT NULL
);


CREATE TABLE "ActorAliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActorAliases" PRIMARY KEY AUTOINCREMENT,
    "ActorId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_ActorAliases_Actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Actors" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CountryAliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CountryAliases" PRIMARY KEY AUTOINCREMENT,
    "CountryId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_CountryAliases_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CountrySuccessions" (
    "HistoricalId" INTEGER NOT NULL,
    "SuccessorId" INTEGER NOT NULL,
    CONSTRAINT "PK_CountrySuccessions" PRIMARY KEY ("HistoricalId", "SuccessorId"),
    CONSTRAINT "FK_CountrySuccessions_Countries_HistoricalId" FOREIGN KEY ("HistoricalId") REFERENCES "Countries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CountrySuccessions_Countries_SuccessorId" FOREIGN KEY ("SuccessorId") REFERENCES "Countries" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EpisodeActors" (
    "EpisodeId" INTEGER NOT NULL,
    "ActorId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "AlsoMentioned" INTEGER NOT NULL,
    "PassageId" INTEGER NULL,
    CONSTRAINT "PK_EpisodeActors" PRIMARY KEY ("EpisodeId", "ActorId"),
    CONSTRAINT "FK_EpisodeActors_Actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Actors" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EpisodeActors_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EpisodeCountries" (
    "EpisodeId" INTEGER NOT NULL,
    "CountryId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "PassageId" INTEGER NULL,
    CONSTRAINT "PK_EpisodeCountries" PRIMARY KEY ("EpisodeId", "CountryId"),
    CONSTRAINT "FK_EpisodeCountries_Countries_CountryId" FOREIGN KEY ("CountryId") REFERENCES "Countries" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EpisodeCountries_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Passages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Passages" PRIMARY KEY AUTOINCREMENT,
    "SourceDocumentId" INTEGER NOT NULL,
    "SectionPath" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Line" INTEGER NOT NULL,
    "Depth" INTEGER NOT NULL,
    "EpisodeId" INTEGER NULL,
    CONSTRAINT "FK_Passages_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id"),
    CONSTRAINT "FK_Passages_Sources_SourceDocumentId" FOREIGN KEY ("SourceDocumentId") REFERENCES "Sources" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "Date" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "EpisodeId" INTEGER NULL,
    "PassageId" INTEGER NULL,
    CONSTRAINT "FK_Events_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id"),
    CONSTRAINT "FK_Events_Passages_PassageId" FOREIGN KEY ("PassageId") REFERENCES "Passages" ("Id")
);


CREATE TABLE "InfoboxEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InfoboxEntries" PRIMARY KEY AUTOINCREMENT,
    "EpisodeId" INTEGER NOT NULL,
    "Field" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "PassageId" INTEGER NOT NULL,
    CONSTRAINT "FK_InfoboxEntries_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_InfoboxEntries_Passages_PassageId" FOREIGN KEY ("PassageId") REFERENCES "Passages" ("Id") ON DELETE CASCADE
);


CREATE TABLE "LeadSentences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LeadSentences" PRIMARY KEY AUTOINCREMENT,
    "EpisodeId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "PassageId" INTEGER NOT NULL,
    CONSTRAINT "FK_LeadSentences_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_LeadSentences_Passages_PassageId" FOREIGN KEY ("PassageId") REFERENCES "Passages" ("Id") ON DELETE CASCADE
);


CREATE TABLE "NarrativeEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NarrativeEntries" PRIMARY KEY AUTOINCREMENT,
    "EpisodeId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "PassageId" INTEGER NOT NULL,
    "Elsewhere" INTEGER NOT NULL,
    "RepeatOfPassageId" INTEGER NULL,
    CONSTRAINT "FK_NarrativeEntries_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_NarrativeEntries_Passages_PassageId" FOREIGN KEY ("PassageId") REFERENCES "Passages" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SharedPassages" (
    "EpisodeId" INTEGER NOT NULL,
    "PassageId" INTEGER NOT NULL,
    CONSTRAINT "PK_SharedPassages" PRIMARY KEY ("EpisodeId", "PassageId"),
    CONSTRAINT "FK_SharedPassages_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SharedPassages_Passages_PassageId" FOREIGN KEY ("PassageId") REFERENCES "Passages" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventLinks" (
    "EventId" INTEGER NOT NULL,
    "EpisodeId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventLinks" PRIMARY KEY ("EventId", "EpisodeId"),
    CONSTRAINT "FK_EventLinks_Episodes_EpisodeId" FOREIGN KEY ("EpisodeId") REFERENCES "Episodes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventLinks_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE
);


CREATE TABLE "EventSources" (
    "EventId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "PassageId" INTEGER NOT NULL,
    CONSTRAINT "PK_EventSources" PRIMARY KEY ("EventId", "Order"),
    CONSTRAINT "FK_EventSources_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EventSources_Passages_PassageId" FOREIGN KEY ("PassageId") REFERENCES "Passages" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_ActorAliases_ActorId" ON "ActorAliases" ("ActorId");


CREATE UNIQUE INDEX "IX_Actors_Slug" ON "Actors" ("Slug");


CREATE UNIQUE INDEX "IX_Countries_Slug" ON "Countries" ("Slug");


CREATE INDEX "IX_CountryAliases_CountryId" ON "CountryAliases" ("CountryId");


CREATE INDEX "IX_CountrySuccessions_SuccessorId" ON "CountrySuccessions" ("SuccessorId");


CREATE INDEX "IX_EpisodeActors_ActorId" ON "EpisodeActors" ("ActorId");


CREATE INDEX "IX_EpisodeCountries_CountryId" ON "EpisodeCountries" ("CountryId");


CREATE UNIQUE INDEX "IX_Episodes_Slug" ON "Episodes" ("Slug");


CREATE INDEX "IX_Episodes_StartYear_EndYear" ON "Episodes" ("StartYear", "EndYear");


CREATE INDEX "IX_Episodes_Start_Slug" ON "Episodes" ("Start", "Slug");


CREATE INDEX "IX_EventLinks_EpisodeId" ON "EventLinks" ("EpisodeId");


CREATE INDEX "IX_EventSources_PassageId" ON "EventSources" ("PassageId");


CREATE INDEX "IX_Events_EpisodeId" ON "Events" ("EpisodeId");


CREATE INDEX "IX_Events_PassageId" ON "Events" ("PassageId");


CREATE INDEX "IX_Events_Year" ON "Events" ("Year");


CREATE INDEX "IX_InfoboxEntries_EpisodeId" ON "InfoboxEntries" ("EpisodeId");


CREATE INDEX "IX_InfoboxEntries_PassageId" ON "InfoboxEntries" ("PassageId");


CREATE INDEX "IX_LeadSentences_EpisodeId" ON "LeadSentences" ("EpisodeId");


CREATE INDEX "IX_LeadSentences_PassageId" ON "LeadSentences" ("PassageId");


CREATE INDEX "IX_NarrativeEntries_EpisodeId" ON "NarrativeEntries" ("EpisodeId");


CREATE INDEX "IX_NarrativeEntries_PassageId" ON "NarrativeEntries" ("PassageId");


CREATE INDEX "IX_Passages_EpisodeId" ON "Passages" ("EpisodeId");


CREATE UNIQUE INDEX "IX_Passages_SourceDocumentId_Position" ON "Passages" ("SourceDocumentId", "Position");


CREATE INDEX "IX_SharedPassages_PassageId" ON "SharedPassages" ("PassageId");


CREATE UNIQUE INDEX "IX_SlugRedirects_Entity_OldSlug" ON "SlugRedirects" ("Entity", "OldSlug");


CREATE UNIQUE INDEX "IX_Sources_Slug" ON "Sources" ("Slug");


