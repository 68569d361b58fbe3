-- Computes a district's compliance history anew from its rows (V0008). $1 district id.
SELECT compliance_history_rebuild($1::uuid)
