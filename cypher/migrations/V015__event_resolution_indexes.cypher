// Event resolution looks up the existing events that a new event could be: those of its type on its days,
// and those dated by month or year whose period holds its days. With only the date index, every event of
// those days was read, whatever its type or precision: at a million events over four years, some 700 per
// day, and 700 more per first of a month.
CREATE RANGE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date);
CREATE RANGE INDEX event_precision_date IF NOT EXISTS FOR (e:Event) ON (e.datePrecision, e.date);
