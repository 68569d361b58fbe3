-- Creates an organisation in a district. $1 district id, $2 name, $3 short name, $4 type,
-- $5 address, $6 external code (nullable: 3, 5, 6). Returns the organisation.
insert into organizations(district_id, name, short_name, type, address, external_code)
values (cast($1 as uuid), $2, $3, $4, $5, $6)
returning id::text, district_id::text, name, short_name, type, address, status, external_code, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
