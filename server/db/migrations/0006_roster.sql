CREATE TABLE "roster_import_mappings" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "roster_people" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"name_key" text NOT NULL,
	"sort_key" text COLLATE "C" NOT NULL,
	"birth_date" date,
	"birth_year" integer NOT NULL,
	"ethnic_group_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "roster_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" integer,
	"unit_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"sex" text NOT NULL,
	"is_ethnic_minority" boolean NOT NULL,
	"position" text,
	"staff_group" text,
	"degree" text,
	"training_standard" text,
	"political_theory" text,
	"is_party_member" boolean DEFAULT false NOT NULL,
	"is_party_committee_member" boolean DEFAULT false NOT NULL,
	"is_in_planning_pool" boolean DEFAULT false NOT NULL,
	"planning_pool_post" text,
	"gender_training_years" integer[] DEFAULT '{}'::int[] NOT NULL,
	"committee_role" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" integer,
	CONSTRAINT "roster_versions_sex_check" CHECK ("roster_versions"."sex" in ('female', 'male')),
	CONSTRAINT "roster_versions_dates_check" CHECK ("roster_versions"."valid_to" is null or "roster_versions"."valid_to" > "roster_versions"."valid_from"),
	CONSTRAINT "roster_versions_staff_group_check" CHECK ("roster_versions"."staff_group" is null or "roster_versions"."staff_group" in ('manager', 'teacher', 'staff'))
);
--> statement-breakpoint
ALTER TABLE "roster_import_mappings" ADD CONSTRAINT "roster_import_mappings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_import_mappings" ADD CONSTRAINT "roster_import_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_people" ADD CONSTRAINT "roster_people_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_people" ADD CONSTRAINT "roster_people_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_people" ADD CONSTRAINT "roster_people_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_versions" ADD CONSTRAINT "roster_versions_person_id_roster_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."roster_people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_versions" ADD CONSTRAINT "roster_versions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_versions" ADD CONSTRAINT "roster_versions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_people_unit_name_idx" ON "roster_people" USING btree ("unit_id","name_key");--> statement-breakpoint
CREATE INDEX "roster_versions_unit_valid_idx" ON "roster_versions" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "roster_versions_person_idx" ON "roster_versions" USING btree ("person_id","valid_from");