CREATE TABLE "legal_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"doc_type" text NOT NULL,
	"number" text,
	"issued_on" date,
	"issuer" text,
	"title" text,
	"dedupe_key" text NOT NULL,
	"search_key" text NOT NULL,
	"sort_key" text COLLATE "C" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_documents_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "plan_files" (
	"plan_id" integer PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" integer
);
--> statement-breakpoint
CREATE TABLE "plan_request_units" (
	"request_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "plan_request_units_request_id_unit_id_pk" PRIMARY KEY("request_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "plan_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"issuer_unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"deadline" date NOT NULL,
	"instructions" text,
	"respondent_kind_ids" integer[] NOT NULL,
	"source_plan_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	CONSTRAINT "plan_requests_years_check" CHECK ("plan_requests"."from_year" <= "plan_requests"."to_year")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"series_id" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"unit_id" integer NOT NULL,
	"kind" text DEFAULT 'plan' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"search_key" text NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"number" text,
	"issued_on" date,
	"content" jsonb NOT NULL,
	"source" text DEFAULT 'editor' NOT NULL,
	"source_file_name" text,
	"parent_plan_id" integer,
	"request_id" integer,
	"link_url" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_by" integer,
	"issued_at" timestamp with time zone,
	"issued_by" integer,
	CONSTRAINT "plans_kind_check" CHECK ("plans"."kind" in ('plan', 'letter')),
	CONSTRAINT "plans_status_check" CHECK ("plans"."status" in ('draft', 'issued', 'superseded')),
	CONSTRAINT "plans_source_check" CHECK ("plans"."source" in ('editor', 'import', 'parent')),
	CONSTRAINT "plans_years_check" CHECK ("plans"."from_year" <= "plans"."to_year"),
	CONSTRAINT "plans_issued_check" CHECK (("plans"."status" = 'draft') = ("plans"."issued_at" is null))
);
--> statement-breakpoint
ALTER TABLE "plan_files" ADD CONSTRAINT "plan_files_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_files" ADD CONSTRAINT "plan_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_request_units" ADD CONSTRAINT "plan_request_units_request_id_plan_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."plan_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_request_units" ADD CONSTRAINT "plan_request_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_requests" ADD CONSTRAINT "plan_requests_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_requests" ADD CONSTRAINT "plan_requests_source_plan_id_plans_id_fk" FOREIGN KEY ("source_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_requests" ADD CONSTRAINT "plan_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_plan_id_plans_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_documents_search_idx" ON "legal_documents" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plan_request_units_unit_idx" ON "plan_request_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "plan_requests_issuer_idx" ON "plan_requests" USING btree ("issuer_unit_id");--> statement-breakpoint
CREATE INDEX "plans_unit_idx" ON "plans" USING btree ("unit_id","from_year");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id");--> statement-breakpoint
CREATE INDEX "plans_request_idx" ON "plans" USING btree ("request_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_series_version_idx" ON "plans" USING btree ("series_id","version");