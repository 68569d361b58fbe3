-- Computes a district's compliance history (V0008), its open occurrences (V0014), its
-- campaigns' counts as of today (V0015) and its roll-up (V0016) anew from its rows. $1 district id.
SELECT compliance_history_rebuild($1::uuid), compliance_open_rebuild($1::uuid), compliance_counts_rebuild($1::uuid),
       compliance_totals_rebuild($1::uuid)
