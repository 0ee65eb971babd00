-- The focal point of a photo: the subject's position as fractions of the
-- width and height, which the 16:9 and square crops keep in view. NULL
-- (every item from before, and a new upload) means the centre.
ALTER TABLE media ADD COLUMN focal_x DOUBLE PRECISION;
ALTER TABLE media ADD COLUMN focal_y DOUBLE PRECISION;
