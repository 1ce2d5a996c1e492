-- Vietnam's public days off for 2025, 2026 and 2027, so that due dates count working days only
-- (Saturdays and Sundays are never working days; this table lists the other days off).
--
-- Source: Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14), Article 112: Tết Dương lịch 1 day
-- (1/1); Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 1 day (10/3 lunar); Ngày Chiến thắng 1 day (30/4);
-- Ngày Quốc tế Lao động 1 day (1/5); Quốc khánh 2 days (2/9 and one adjacent day, 1/9 or 3/9). A
-- holiday that falls on a weekly rest day is compensated on the next working day (nghỉ bù). The
-- Prime Minister fixes the Tết days and the Quốc khánh adjacent day each year, and may swap a
-- working day with a Saturday (hoán đổi) for civil servants: the day off is listed here, the
-- Saturday worked in exchange (làm bù) is not, since this table only holds days off; a due date
-- that spans both then falls one working day later than the strict count.
--
-- 2025 and 2026 follow the Government's announcements. For Tết Nguyên đán the whole announced
-- break is listed, weekend days included; for the other holidays, the holiday itself (even on a
-- weekend), the compensatory day and the swapped day. 2027 is COMPUTED from the Labour Code and
-- the Vietnamese lunar calendar (UTC+7): Tết Đinh Mùi = 6/2/2027 (Saturday), 10/3 lunar =
-- 16/4/2027 (Friday); the Tết days and the Quốc khánh adjacent day are assumptions until the
-- Government announces them.
--
-- When the Government announces or changes a day off, operators edit this table with plain SQL:
--   INSERT INTO holidays (day, name) VALUES ('2027-02-04', 'Tết Nguyên đán Đinh Mùi (28 tháng Chạp)');
--   DELETE FROM holidays WHERE day = '2027-02-11';
-- Pending: Ngày Văn hóa Việt Nam (24/11) is to become a paid day off once Article 112 is amended
-- (Resolution 80-NQ/TW, Government Resolution 30/NQ-CP of 2026); add it when the law is in force.
SET NAMES utf8mb4;

-- 2025 (announced). Tết: 25/1–2/2/2025 (26 tháng Chạp Giáp Thìn – mùng 5 tháng Giêng Ất Tỵ);
-- 30/4–1/5: Friday 2/5 swapped with Saturday 26/4/2025; Quốc khánh: 1/9 and 2/9.
INSERT IGNORE INTO holidays (day, name) VALUES
  ('2025-01-01', 'Tết Dương lịch'),
  ('2025-01-25', 'Tết Nguyên đán Ất Tỵ (26 tháng Chạp, ngày nghỉ hằng tuần)'),
  ('2025-01-26', 'Tết Nguyên đán Ất Tỵ (27 tháng Chạp, ngày nghỉ hằng tuần)'),
  ('2025-01-27', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)'),
  ('2025-01-28', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp, giao thừa)'),
  ('2025-01-29', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)'),
  ('2025-01-30', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)'),
  ('2025-01-31', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)'),
  ('2025-02-01', 'Tết Nguyên đán Ất Tỵ (mùng 4 tháng Giêng, ngày nghỉ hằng tuần)'),
  ('2025-02-02', 'Tết Nguyên đán Ất Tỵ (mùng 5 tháng Giêng, ngày nghỉ hằng tuần)'),
  ('2025-04-07', 'Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch)'),
  ('2025-04-30', 'Ngày Chiến thắng (Ngày Giải phóng miền Nam, thống nhất đất nước)'),
  ('2025-05-01', 'Ngày Quốc tế Lao động'),
  ('2025-05-02', 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4/2025)'),
  ('2025-09-01', 'Quốc khánh (ngày liền kề trước)'),
  ('2025-09-02', 'Quốc khánh');

-- 2026 (announced). Tết Dương lịch: Friday 2/1 swapped with Saturday 10/1/2026 (văn bản số
-- 12729/VPCP-KGVX ngày 25/12/2025). Tết: 14/2–22/2/2026 (27 tháng Chạp Ất Tỵ – mùng 6 tháng Giêng
-- Bính Ngọ). Giỗ Tổ falls on Sunday 26/4: nghỉ bù Monday 27/4. Quốc khánh: 1/9 and 2/9, and Monday
-- 31/8 swapped with Saturday 22/8/2026 (break 29/8–2/9).
INSERT IGNORE INTO holidays (day, name) VALUES
  ('2026-01-01', 'Tết Dương lịch'),
  ('2026-01-02', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)'),
  ('2026-02-14', 'Tết Nguyên đán Bính Ngọ (27 tháng Chạp, ngày nghỉ hằng tuần)'),
  ('2026-02-15', 'Tết Nguyên đán Bính Ngọ (28 tháng Chạp, ngày nghỉ hằng tuần)'),
  ('2026-02-16', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp, giao thừa)'),
  ('2026-02-17', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)'),
  ('2026-02-18', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)'),
  ('2026-02-19', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)'),
  ('2026-02-20', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)'),
  ('2026-02-21', 'Tết Nguyên đán Bính Ngọ (mùng 5 tháng Giêng, ngày nghỉ hằng tuần)'),
  ('2026-02-22', 'Tết Nguyên đán Bính Ngọ (mùng 6 tháng Giêng, ngày nghỉ hằng tuần)'),
  ('2026-04-26', 'Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch, Chủ nhật)'),
  ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
  ('2026-04-30', 'Ngày Chiến thắng (Ngày Giải phóng miền Nam, thống nhất đất nước)'),
  ('2026-05-01', 'Ngày Quốc tế Lao động'),
  ('2026-08-31', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)'),
  ('2026-09-01', 'Quốc khánh (ngày liền kề trước)'),
  ('2026-09-02', 'Quốc khánh');

-- 2027 (computed, not yet announced). Tết Đinh Mùi: 29 tháng Chạp (Friday 5/2) and mùng 1–4
-- (6/2–9/2); mùng 1 and mùng 2 fall on Saturday and Sunday, compensated on Wednesday 10/2 and
-- Thursday 11/2. Giỗ Tổ: Friday 16/4. 1/5 falls on Saturday: nghỉ bù Monday 3/5. Quốc khánh:
-- Thursday 2/9 with Friday 3/9 assumed as the adjacent day.
INSERT IGNORE INTO holidays (day, name) VALUES
  ('2027-01-01', 'Tết Dương lịch'),
  ('2027-02-05', 'Tết Nguyên đán Đinh Mùi (29 tháng Chạp, giao thừa)'),
  ('2027-02-06', 'Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng, ngày nghỉ hằng tuần)'),
  ('2027-02-07', 'Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng, ngày nghỉ hằng tuần)'),
  ('2027-02-08', 'Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)'),
  ('2027-02-09', 'Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)'),
  ('2027-02-10', 'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 5 tháng Giêng)'),
  ('2027-02-11', 'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 6 tháng Giêng)'),
  ('2027-04-16', 'Giỗ Tổ Hùng Vương (mùng 10 tháng 3 âm lịch)'),
  ('2027-04-30', 'Ngày Chiến thắng (Ngày Giải phóng miền Nam, thống nhất đất nước)'),
  ('2027-05-01', 'Ngày Quốc tế Lao động (thứ Bảy)'),
  ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'),
  ('2027-09-02', 'Quốc khánh'),
  ('2027-09-03', 'Quốc khánh (ngày liền kề sau)');
