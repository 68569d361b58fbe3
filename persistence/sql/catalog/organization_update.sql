-- Writes an organisation, one version up. $1 name, $2 short name, $3 type, $4 address,
-- $5 status, $6 external code, $7 district id, $8 organisation id. Returns the organisation.
update organizations
set name = $1, short_name = $2, type = $3, address = $4, status = $5,
    external_code = $6, version = version + 1, updated_at = now()
where district_id = cast($7 as uuid) and id = cast($8 as uuid)
returning id::text, district_id::text, name, short_name, type, address, status, external_code, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
