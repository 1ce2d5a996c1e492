-- Demonstration data of the billers' systems (issue 5): electricity bills as a power company's
-- billing system would fill them, and traffic fines as the police's violation system would. The
-- customers, plates and people are invented; the shapes (customer codes, record numbers, amounts
-- with VAT, fines of Decree 168/2024/NĐ-CP) are the real ones.

INSERT INTO bills (biller_code, biller_name, customer_code, customer_name, address, period, kwh, amount, due_on) VALUES
  ('EVNHANOI', 'Tổng công ty Điện lực Thành phố Hà Nội', 'PD01000012345', 'Nguyễn Văn An', 'Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, Hà Nội', '2026-09', 312, 915640, '2026-10-20'),
  ('EVNHANOI', 'Tổng công ty Điện lực Thành phố Hà Nội', 'PD01000012345', 'Nguyễn Văn An', 'Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, Hà Nội', '2026-10', 287, 828070, '2026-11-20'),
  ('EVNHANOI', 'Tổng công ty Điện lực Thành phố Hà Nội', 'PD01000067890', 'Trần Thị Bình', 'Số 5 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội', '2026-10', 164, 415000, '2026-11-20'),
  ('EVNHANOI', 'Tổng công ty Điện lực Thành phố Hà Nội', 'PD01000024680', 'Lê Minh Châu', 'Số 88 Kim Mã, phường Giảng Võ, Hà Nội', '2026-10', 455, 1403320, '2026-11-20'),
  ('EVNHCMC', 'Tổng công ty Điện lực Thành phố Hồ Chí Minh', 'PE13000054321', 'Phạm Quốc Dũng', 'Số 20 Lê Thánh Tôn, phường Sài Gòn, TP Hồ Chí Minh', '2026-10', 230, 634910, '2026-11-22'),
  ('EVNHCMC', 'Tổng công ty Điện lực Thành phố Hồ Chí Minh', 'PE13000098765', 'Võ Thị Hoa', 'Số 7 Nguyễn Huệ, phường Sài Gòn, TP Hồ Chí Minh', '2026-10', 98, 212540, '2026-11-22');

SET @ca_h26 = (SELECT id FROM agencies WHERE code = 'H26.CA');
SET @ca_h29 = (SELECT id FROM agencies WHERE code = 'H29.CA');
INSERT INTO fines (record_no, decision_no, plate, plate_key, violator_name, violation, place, violated_at, agency_id, amount) VALUES
  ('0012345/BB-CSGT', '0012345/QĐ-XPHC', '30A-123.45', '30A12345', 'Nguyễn Văn An', 'Điều khiển xe ô tô chạy quá tốc độ quy định từ 05 km/h đến dưới 10 km/h (điểm a khoản 3 Điều 6 Nghị định 168/2024/NĐ-CP)', 'Đại lộ Thăng Long, Hà Nội', '2026-11-02 08:15:00', @ca_h26, 1000000),
  ('0012399/BB-CSGT', '0012399/QĐ-XPHC', '30A-123.45', '30A12345', 'Nguyễn Văn An', 'Dừng xe, đỗ xe không đúng nơi quy định (điểm đ khoản 2 Điều 6 Nghị định 168/2024/NĐ-CP)', 'Phố Tràng Tiền, Hà Nội', '2026-11-10 17:40:00', @ca_h26, 500000),
  ('0020001/BB-CSGT', '0020001/QĐ-XPHC', '29B1-567.89', '29B156789', 'Trần Văn Bảo', 'Không đội mũ bảo hiểm khi điều khiển xe mô tô (điểm h khoản 2 Điều 7 Nghị định 168/2024/NĐ-CP)', 'Phố Huế, Hà Nội', '2026-11-05 07:20:00', @ca_h26, 500000),
  ('0030002/BB-CSGT', '0030002/QĐ-XPHC', '51G-246.80', '51G24680', 'Phạm Quốc Dũng', 'Không chấp hành hiệu lệnh của đèn tín hiệu giao thông (điểm a khoản 9 Điều 6 Nghị định 168/2024/NĐ-CP)', 'Ngã tư Hàng Xanh, TP Hồ Chí Minh', '2026-11-12 18:05:00', @ca_h29, 18000000);
