ALTER TABLE "roster_versions" ADD COLUMN "end_reason" text;--> statement-breakpoint
CREATE INDEX "roster_people_name_birth_idx" ON "roster_people" USING btree ("name_key","birth_year");