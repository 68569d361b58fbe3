-- The national roll-up's key: a digest of every district's version and region, and of the
-- regions' names (a change anywhere in the country changes it). No parameters.
  SELECT ('x' || substr(md5(
      (SELECT coalesce(string_agg(d.id::text || ':' || d.region_id::text || ':' || coalesce(v.version, 0), ','
                                  ORDER BY d.id), '')
         FROM districts d LEFT JOIN district_versions v ON v.district_id = d.id)
      || '|' ||
      (SELECT coalesce(string_agg(r.id::text || ':' || r.name || ':' || coalesce(r.code, ''), ',' ORDER BY r.id), '')
         FROM regions r)), 1, 15))::bit(60)::bigint AS version
