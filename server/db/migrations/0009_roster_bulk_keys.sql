ALTER TABLE "roster_people" DROP CONSTRAINT "roster_people_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "roster_people" DROP CONSTRAINT "roster_people_updated_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "roster_versions" DROP CONSTRAINT "roster_versions_unit_id_units_id_fk";
--> statement-breakpoint
ALTER TABLE "roster_versions" DROP CONSTRAINT "roster_versions_recorded_by_users_id_fk";
