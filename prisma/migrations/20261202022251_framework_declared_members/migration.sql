-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Framework" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "shortNameEn" TEXT NOT NULL,
    "shortNameUk" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionUk" TEXT NOT NULL,
    "adoptedOn" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "membershipComplete" BOOLEAN NOT NULL DEFAULT true,
    "declaredMembersEn" TEXT,
    "declaredMembersUk" TEXT,
    "declaredSourceUrl" TEXT
);
INSERT INTO "new_Framework" ("adoptedOn", "descriptionEn", "descriptionUk", "id", "nameEn", "nameUk", "shortNameEn", "shortNameUk", "sortOrder", "sourceUrl") SELECT "adoptedOn", "descriptionEn", "descriptionUk", "id", "nameEn", "nameUk", "shortNameEn", "shortNameUk", "sortOrder", "sourceUrl" FROM "Framework";
DROP TABLE "Framework";
ALTER TABLE "new_Framework" RENAME TO "Framework";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
