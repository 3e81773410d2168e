CREATE TABLE "campaign_report_snapshots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"values" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"responses" jsonb NOT NULL,
	"is_late" boolean NOT NULL,
	"late_reason" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" integer
);
--> statement-breakpoint
CREATE TABLE "campaign_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"state" text DEFAULT 'none' NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"answers" jsonb DEFAULT '{"texts":{},"targets":{}}'::jsonb NOT NULL,
	"responses" jsonb DEFAULT '{"explanations":{},"confirmations":[]}'::jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"extended_deadline" date,
	"extension_reason" text,
	"exemption_reason" text,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"late_reason" text,
	"is_reopened" boolean DEFAULT false NOT NULL,
	"review_comment" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "campaign_reports_state_check" CHECK ("campaign_reports"."state" in ('none', 'draft', 'submitted', 'returned', 'approved')),
	CONSTRAINT "campaign_reports_submitted_check" CHECK ("campaign_reports"."state" not in ('submitted', 'approved') or "campaign_reports"."first_submitted_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "campaign_rollups" (
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"stripe" integer NOT NULL,
	"totals" jsonb NOT NULL,
	CONSTRAINT "campaign_rollups_campaign_id_unit_id_stripe_pk" PRIMARY KEY("campaign_id","unit_id","stripe")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"issuer_unit_id" integer NOT NULL,
	"template_version_id" integer NOT NULL,
	"period" jsonb NOT NULL,
	"period_key" text NOT NULL,
	"as_of" date NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"locks_on" date,
	"rollup_basis" text NOT NULL,
	"respondent_kind_ids" integer[] NOT NULL,
	"instructions" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	CONSTRAINT "campaigns_rollup_basis_check" CHECK ("campaigns"."rollup_basis" in ('drafts', 'submitted', 'approved')),
	CONSTRAINT "campaigns_dates_check" CHECK ("campaigns"."opens_on" <= "campaigns"."deadline" and ("campaigns"."locks_on" is null or "campaigns"."locks_on" >= "campaigns"."deadline"))
);
--> statement-breakpoint
ALTER TABLE "campaign_report_snapshots" ADD CONSTRAINT "campaign_report_snapshots_report_id_campaign_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."campaign_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_report_snapshots" ADD CONSTRAINT "campaign_report_snapshots_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reports" ADD CONSTRAINT "campaign_reports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reports" ADD CONSTRAINT "campaign_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reports" ADD CONSTRAINT "campaign_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reports" ADD CONSTRAINT "campaign_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reports" ADD CONSTRAINT "campaign_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rollups" ADD CONSTRAINT "campaign_rollups_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rollups" ADD CONSTRAINT "campaign_rollups_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_template_version_id_report_template_versions_id_fk" FOREIGN KEY ("template_version_id") REFERENCES "public"."report_template_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_report_snapshots_report_seq_idx" ON "campaign_report_snapshots" USING btree ("report_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_reports_campaign_unit_idx" ON "campaign_reports" USING btree ("campaign_id","unit_id");--> statement-breakpoint
CREATE INDEX "campaign_reports_unit_idx" ON "campaign_reports" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "campaign_rollups_unit_idx" ON "campaign_rollups" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "campaigns_issuer_idx" ON "campaigns" USING btree ("issuer_unit_id");--> statement-breakpoint
-- Adds a delta to a rollup stripe's totals ({ key: [sum, reportingUnits] }): one statement
-- per write keeps every ancestor's totals live. Cells that fall back to nothing disappear.
CREATE FUNCTION "rollup_merge"("current_totals" jsonb, "delta" jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select coalesce(jsonb_object_agg(key, jsonb_build_array(s, n)), '{}'::jsonb)
    from (select key, sum((value->>0)::numeric) as s, sum((value->>1)::int) as n
            from (select * from jsonb_each(current_totals) union all select * from jsonb_each(delta)) cells
           group by key) summed
   where n <> 0 or s <> 0
$$;
