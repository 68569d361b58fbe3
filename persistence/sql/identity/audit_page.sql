-- A page of a district's audit log, newest first, filtered (a null filter: any). $1 resource,
-- $2 resource id, $3 actor id, $4 action, $5 from (a date or instant), $6 to (a date, inclusive),
-- $7 before this entry id (0: from the newest), $8 district id, $9 how many rows.
with p as (select cast($1 as text) res, cast($2 as text) rid, cast($3 as text) act, cast($4 as text) acn,
                  cast($5 as timestamptz) fr, cast($6 as timestamptz) t, cast($7 as bigint) b)
select a.id, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
       a.actor_kind, a.actor_id, a.request_id, a.action, a.resource, a.resource_id,
       coalesce(a.before::text, 'null') as before_json, coalesce(a.after::text, 'null') as after_json
from audit_log a, p
where a.district_id = cast($8 as uuid)
  and (p.res is null or a.resource = p.res) and (p.rid is null or a.resource_id = p.rid)
  and (p.act is null or a.actor_id = p.act) and (p.acn is null or a.action = p.acn)
  and (p.fr is null or a.at >= p.fr) and (p.t is null or a.at < p.t + interval '1 day') and (p.b = 0 or a.id < p.b)
order by a.id desc limit $9
