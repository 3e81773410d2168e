ALTER TABLE "campaign_rollups" ADD COLUMN "facts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Completeness kept live beside the figures: each stripe counts the reports of the unit's
-- subtree by the facts their status is read from (state, exempt, reopened, effective
-- deadline, Vietnam day of the first submission), keyed as rollups.service.ts `factKeyOf`
-- writes them. This seeds a campaign's counts from its reports: once when it is issued,
-- and here for the campaigns issued before this migration.
CREATE FUNCTION "rollup_seed_facts"("p_campaign_id" integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO campaign_rollups (campaign_id, unit_id, stripe, totals, facts)
  SELECT keyed.campaign_id, keyed.unit_id, keyed.stripe, '{}'::jsonb, jsonb_object_agg(keyed.fact_key, jsonb_build_array(0, keyed.n))
    FROM (SELECT r.campaign_id, a.id AS unit_id, r.unit_id % 16 AS stripe,
                 concat_ws('|', r.state, (r.exemption_reason IS NOT NULL)::int, r.is_reopened::int,
                           coalesce(r.extended_deadline, c.deadline)::text,
                           coalesce(to_char(r.first_submitted_at AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD'), '')) AS fact_key,
                 count(*)::int AS n
            FROM campaign_reports r
            JOIN campaigns c ON c.id = r.campaign_id
            JOIN units iu ON iu.id = c.issuer_unit_id
            JOIN units u ON u.id = r.unit_id AND u.path <@ iu.path
           CROSS JOIN LATERAL unnest(string_to_array(subpath(u.path, nlevel(iu.path) - 1)::text, '.')::int[]) AS a(id)
           WHERE r.campaign_id = p_campaign_id
           GROUP BY 1, 2, 3, 4) keyed
   GROUP BY 1, 2, 3
   ORDER BY 2, 3
  ON CONFLICT (campaign_id, unit_id, stripe) DO UPDATE SET facts = rollup_merge(campaign_rollups.facts, excluded.facts)
$$;
--> statement-breakpoint
SELECT rollup_seed_facts(id) FROM campaigns;
